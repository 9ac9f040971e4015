import { candidatesMigration } from './0010-candidates.ts';
import { interviewsAndNotesMigration } from './0020-interviews-and-notes.ts';
import { searchIndexMigration } from './0030-search-index.ts';
import { candidateHistoryMigration } from './0040-candidate-history.ts';
import { interviewNotesMigration } from './0050-interview-notes.ts';
import { settingsAndCallMessagesMigration } from './0060-settings-and-call-messages.ts';
import { savedSearchesAndCandidateDocumentsMigration } from './0070-saved-searches-and-candidate-documents.ts';
import { currentTitleMigration } from './0075-current-title.ts';
import { todayAndFollowUpsMigration } from './0100-today-and-follow-ups.ts';
import { callTimingMigration } from './0110-call-timing.ts';
import { noteIndexQueueMigration } from './0120-note-index-queue.ts';
import { recordingsMigration } from './0130-recordings.ts';
import { noteChangesMigration } from './0140-note-changes.ts';
import type { Migration } from './Migration.ts';

/** Append only. Versions must strictly increase; a unit test checks it. */
export const migrations: readonly Migration[] = [
  candidatesMigration,
  interviewsAndNotesMigration,
  searchIndexMigration,
  candidateHistoryMigration,
  interviewNotesMigration,
  settingsAndCallMessagesMigration,
  savedSearchesAndCandidateDocumentsMigration,
  currentTitleMigration,
  todayAndFollowUpsMigration,
  callTimingMigration,
  noteIndexQueueMigration,
  recordingsMigration,
  noteChangesMigration,
];
