import type { Stage } from '../../../shared/schemas/stage.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function stageHandlers({ database }: HandlerContext): GroupHandlers<'stages'> {
  const list = database.prepare<[], Stage>('SELECT id, name, position, kind FROM stages ORDER BY position');
  return {
    'stages.list': () => ({ stages: list.all() }),
  };
}
