import { candidatesMigration } from './0010-candidates.ts';
import { interviewsAndNotesMigration } from './0020-interviews-and-notes.ts';
import { searchIndexMigration } from './0030-search-index.ts';
import { candidateHistoryMigration } from './0040-candidate-history.ts';
import { interviewNotesMigration } from './0050-interview-notes.ts';
import { settingsAndCallMessagesMigration } from './0060-settings-and-call-messages.ts';
import type { Migration } from './Migration.ts';

/** Append only. Versions must strictly increase; a unit test checks it. */
export const migrations: readonly Migration[] = [
  candidatesMigration,
  interviewsAndNotesMigration,
  searchIndexMigration,
  candidateHistoryMigration,
  interviewNotesMigration,
  settingsAndCallMessagesMigration,
];
