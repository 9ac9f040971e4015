import { exportFileName } from '../../services/export/exportFileName.ts';
import type { InterviewExport } from '../../services/export/InterviewExport.ts';
import { interviewToHtml } from '../../services/export/interviewToHtml.ts';
import { interviewToMarkdown } from '../../services/export/interviewToMarkdown.ts';
import { InterviewRepository } from '../../storage/repositories/InterviewRepository.ts';
import { KitRepository } from '../../storage/repositories/KitRepository.ts';
import { NoteRepository } from '../../storage/repositories/NoteRepository.ts';
import { ScorecardRepository } from '../../storage/repositories/ScorecardRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';
import { noteRevisionIntervalMs } from './noteRevisionIntervalMs.ts';

export function interviewHandlers(context: HandlerContext): GroupHandlers<'interviews'> {
  const { database } = context;
  const notes = new NoteRepository(database, { revisionIntervalMs: noteRevisionIntervalMs(context) });
  const interviews = new InterviewRepository(database, new KitRepository(database), notes);
  const scorecards = new ScorecardRepository(database);
  // One read transaction, so notes and scorecard come from the same moment.
  const gather = database.transaction((id: string): InterviewExport => {
    const interview = interviews.get(id);
    return { interview, note: notes.get(interview.noteId), scorecard: scorecards.get(id) };
  });
  return {
    'interviews.create': (input) => interviews.create(input),
    'interviews.get': ({ id }) => interviews.get(id),
    'interviews.list': (input) => interviews.list(input),
    'interviews.update': ({ id, changes }) => interviews.update(id, changes),
    'interviews.start': ({ id }) => interviews.start(id),
    'interviews.end': ({ id }) => interviews.end(id),
    'interviews.exportMarkdown': ({ id }) => {
      const data = gather(id);
      return { fileName: exportFileName(data.interview, 'md'), markdown: interviewToMarkdown(data) };
    },
    'interviews.exportHtml': ({ id }) => {
      const data = gather(id);
      return { fileName: exportFileName(data.interview, 'html'), html: interviewToHtml(data) };
    },
  };
}
