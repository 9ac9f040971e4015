import { databaseKeyLength } from './databaseKeyLength.ts';

/** A key written as 64 hexadecimal digits (a key file, RAPPORT_DB_KEY); null when the text is not one. */
export function parseDatabaseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!new RegExp(`^[0-9a-fA-F]{${databaseKeyLength * 2}}$`).test(trimmed)) return null;
  return Buffer.from(trimmed, 'hex');
}
