import type { Interview } from '../../../shared/schemas/interview.ts';
import type { Note } from '../../../shared/schemas/note.ts';
import type { Scorecard } from '../../../shared/schemas/scorecard.ts';

/** Everything an export shows, gathered in one read. */
export type InterviewExport = { interview: Interview; note: Note; scorecard: Scorecard };
