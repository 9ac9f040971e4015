import { exportFileName } from '../../services/export/exportFileName.ts';
import { interviewToHtml } from '../../services/export/interviewToHtml.ts';
import { interviewToMarkdown } from '../../services/export/interviewToMarkdown.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function interviewHandlers({ repositories }: HandlerContext): GroupHandlers<'interviews'> {
  const { interviews, interviewExports } = repositories;
  return {
    'interviews.create': (input) => interviews.create(input),
    'interviews.get': ({ id }) => interviews.get(id),
    'interviews.list': (input) => interviews.list(input),
    'interviews.update': ({ id, changes }) => interviews.update(id, changes),
    'interviews.start': ({ id }) => interviews.start(id),
    'interviews.end': ({ id }) => interviews.end(id),
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
