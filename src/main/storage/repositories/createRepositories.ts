import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CallMessageRepository } from './CallMessageRepository.ts';
import { CandidateBulkEditor } from './CandidateBulkEditor.ts';
import { FeedbackRepository } from './FeedbackRepository.ts';
import { FollowUpRepository } from './FollowUpRepository.ts';
import { ProfileRepository } from './ProfileRepository.ts';
import { RecordingRepository } from './RecordingRepository.ts';
import { ScheduleRepository } from './ScheduleRepository.ts';
import { TodayRepository } from './TodayRepository.ts';
import { TouchpointRepository } from './TouchpointRepository.ts';
import { CandidateRecordRepository } from './CandidateRecordRepository.ts';
import { CandidateRepository } from './CandidateRepository.ts';
import { InterviewExportRepository } from './InterviewExportRepository.ts';
import { InterviewRepository } from './InterviewRepository.ts';
import { KitRepository } from './KitRepository.ts';
import { NoteIndexRepository } from './NoteIndexRepository.ts';
import { NoteRepository } from './NoteRepository.ts';
import type { Repositories } from './Repositories.ts';
import { SavedSearchRepository } from './SavedSearchRepository.ts';
import { ScorecardRepository } from './ScorecardRepository.ts';
import { SearchIndexRepository } from './SearchIndexRepository.ts';
import { SettingsRepository } from './SettingsRepository.ts';
import { StageRepository } from './StageRepository.ts';
import { TableDumpRepository } from './TableDumpRepository.ts';
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
  const settings = new SettingsRepository(database);
  const touchpoints = new TouchpointRepository(database);
  const noteIndex = new NoteIndexRepository(database, { compact: (seq) => notes.compactNote(seq) });
  return {
    callMessages: new CallMessageRepository(database),
    candidateBulk: new CandidateBulkEditor(database),
    candidateRecords: new CandidateRecordRepository(database),
    candidates: new CandidateRepository(database),
    interviewExports: new InterviewExportRepository(database, { interviews, notes, scorecards }),
    interviews,
    kits,
    notes,
    noteIndex,
    savedSearches: new SavedSearchRepository(database),
    scorecards,
    searchIndex: new SearchIndexRepository(database, noteIndex),
    settings,
    stages: new StageRepository(database),
    tableDump: new TableDumpRepository(database),
    timeline: new TimelineRepository(database),
    profile: new ProfileRepository(settings),
    touchpoints,
    schedule: new ScheduleRepository(database, touchpoints),
    followUps: new FollowUpRepository(database, touchpoints),
    feedback: new FeedbackRepository(database, touchpoints),
    today: new TodayRepository(database),
    recordings: new RecordingRepository(database),
  };
}
