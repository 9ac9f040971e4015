import type { Database } from 'better-sqlite3';
import { CallMessageRepository } from './CallMessageRepository.ts';
import { CandidateRecordRepository } from './CandidateRecordRepository.ts';
import { CandidateRepository } from './CandidateRepository.ts';
import { InterviewExportRepository } from './InterviewExportRepository.ts';
import { InterviewRepository } from './InterviewRepository.ts';
import { KitRepository } from './KitRepository.ts';
import { NoteRepository } from './NoteRepository.ts';
import type { Repositories } from './Repositories.ts';
import { ScorecardRepository } from './ScorecardRepository.ts';
import { SearchIndexRepository } from './SearchIndexRepository.ts';
import { SettingsRepository } from './SettingsRepository.ts';
import { StageRepository } from './StageRepository.ts';
import { TimelineRepository } from './TimelineRepository.ts';

/** One of each repository over the database, wired to the others they build on. */
export function createRepositories(
  database: Database,
  options: { noteRevisionIntervalMs: number },
): Repositories {
  const kits = new KitRepository(database);
  const notes = new NoteRepository(database, { revisionIntervalMs: options.noteRevisionIntervalMs });
  const interviews = new InterviewRepository(database, kits, notes);
  const scorecards = new ScorecardRepository(database);
  return {
    callMessages: new CallMessageRepository(database),
    candidateRecords: new CandidateRecordRepository(database),
    candidates: new CandidateRepository(database),
    interviewExports: new InterviewExportRepository(database, { interviews, notes, scorecards }),
    interviews,
    kits,
    notes,
    scorecards,
    searchIndex: new SearchIndexRepository(database),
    settings: new SettingsRepository(database),
    stages: new StageRepository(database),
    timeline: new TimelineRepository(database),
  };
}
