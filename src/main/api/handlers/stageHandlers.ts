import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function stageHandlers({ repositories }: HandlerContext): GroupHandlers<'stages'> {
  const { stages } = repositories;
  return {
    'stages.list': () => ({ stages: stages.list() }),
    'stages.update': ({ id, name }) => stages.rename(id, name),
    'stages.reorder': ({ ids }) => ({ stages: stages.reorder(ids) }),
  };
}
