import { exportFileName } from '../../services/export/exportFileName.ts';
import { interviewToHtml } from '../../services/export/interviewToHtml.ts';
import { interviewToMarkdown } from '../../services/export/interviewToMarkdown.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function interviewHandlers(context: HandlerContext): GroupHandlers<'interviews'> {
  const { interviews, interviewExports } = context.repositories;
  const now = () => clockOf(context)().toISOString();
  return {
    'interviews.create': (input) => interviews.create(input, now()),
    'interviews.get': ({ id }) => interviews.get(id),
    'interviews.list': (input) => interviews.list(input),
    'interviews.update': ({ id, changes }) => interviews.update(id, changes, now()),
    'interviews.start': ({ id }) => interviews.start(id, now()),
    'interviews.end': ({ id }) => interviews.end(id, now()),
    'interviews.callConnected': ({ id }) => interviews.callConnected(id, now()),
    'interviews.callEnded': ({ id }) => interviews.callEnded(id, now()),
    'interviews.exportMarkdown': ({ id }) => {
      const data = interviewExports.get(id);
      return { fileName: exportFileName(data.interview, 'md'), markdown: interviewToMarkdown(data) };
    },
    'interviews.exportHtml': ({ id }) => {
      const data = interviewExports.get(id);
      return { fileName: exportFileName(data.interview, 'html'), html: interviewToHtml(data) };
    },
  };
}
