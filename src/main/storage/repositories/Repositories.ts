import type { CallMessageRepository } from './CallMessageRepository.ts';
import type { CandidateRecordRepository } from './CandidateRecordRepository.ts';
import type { CandidateRepository } from './CandidateRepository.ts';
import type { InterviewExportRepository } from './InterviewExportRepository.ts';
import type { InterviewRepository } from './InterviewRepository.ts';
import type { KitRepository } from './KitRepository.ts';
import type { NoteRepository } from './NoteRepository.ts';
import type { ScorecardRepository } from './ScorecardRepository.ts';
import type { SearchIndexRepository } from './SearchIndexRepository.ts';
import type { SettingsRepository } from './SettingsRepository.ts';
import type { StageRepository } from './StageRepository.ts';
import type { TimelineRepository } from './TimelineRepository.ts';

/** Every repository over one open database, built once by openBackend and shared by all handlers. */
export type Repositories = {
  callMessages: CallMessageRepository;
  candidateRecords: CandidateRecordRepository;
  candidates: CandidateRepository;
  interviewExports: InterviewExportRepository;
  interviews: InterviewRepository;
  kits: KitRepository;
  notes: NoteRepository;
  scorecards: ScorecardRepository;
  searchIndex: SearchIndexRepository;
  settings: SettingsRepository;
  stages: StageRepository;
  timeline: TimelineRepository;
};
