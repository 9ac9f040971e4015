/** A 256-bit key, as SQLCipher takes it raw (no passphrase derivation to slow every open down). */
export const databaseKeyLength = 32;
