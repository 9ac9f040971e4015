import { StageRepository } from '../../storage/repositories/StageRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function stageHandlers({ database }: HandlerContext): GroupHandlers<'stages'> {
  const stages = new StageRepository(database);
  return {
    'stages.list': () => ({ stages: stages.list() }),
    'stages.update': ({ id, name }) => stages.rename(id, name),
    'stages.reorder': ({ ids }) => ({ stages: stages.reorder(ids) }),
  };
}
