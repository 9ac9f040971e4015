import type { Interview } from '../../shared/schemas/interview.ts';
import type { Note } from '../../shared/schemas/note.ts';
import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import { api } from '../api/api.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';

/** An interview with its note and scorecard, for the interview screen and its printable page. */
export async function loadInterview(
  id: string,
): Promise<{ interview: Interview; note: Note; scorecard: Scorecard }> {
  // A save still on its way (from the last visit) must land before we read, or we would show older text.
  await appSaveQueue.settled();
  const interview = await api.interviews.get({ id });
  const [note, scorecard] = await Promise.all([
    api.notes.get({ id: interview.noteId }),
    api.scorecards.get({ interviewId: id }),
  ]);
  return { interview, note, scorecard };
}
