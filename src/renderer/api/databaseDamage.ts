import { ExternalStore } from '../../shared/store/ExternalStore.ts';

/**
 * The message of the first call that met a damaged database (`database_damaged`), or null. The shell reads it
 * with useStoreSelector and swaps every screen for the recovery screen, whichever feature made the call.
 */
export const databaseDamage = new ExternalStore<string | null>(null);
