import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Interview } from '../../../shared/schemas/interview.ts';
import type { Note } from '../../../shared/schemas/note.ts';
import type { Scorecard } from '../../../shared/schemas/scorecard.ts';
import type { InterviewRepository } from './InterviewRepository.ts';
import type { NoteRepository } from './NoteRepository.ts';
import type { ScorecardRepository } from './ScorecardRepository.ts';

/** An interview with its note and scorecard, as an export shows them. */
export class InterviewExportRepository {
  readonly #gather: (id: string) => { interview: Interview; note: Note; scorecard: Scorecard };

  constructor(
    database: Database,
    repositories: { interviews: InterviewRepository; notes: NoteRepository; scorecards: ScorecardRepository },
  ) {
    const { interviews, notes, scorecards } = repositories;
    // One read transaction, so notes and scorecard come from the same moment.
    this.#gather = database.transaction((id: string) => {
      const interview = interviews.get(id);
      return { interview, note: notes.get(interview.noteId), scorecard: scorecards.get(id) };
    });
  }

  get(id: string): { interview: Interview; note: Note; scorecard: Scorecard } {
    return this.#gather(id);
  }
}
