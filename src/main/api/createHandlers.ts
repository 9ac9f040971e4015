import type { Handlers } from './Handlers.ts';
import { appHandlers } from './handlers/appHandlers.ts';
import { candidateHandlers } from './handlers/candidateHandlers.ts';
import type { HandlerContext } from './handlers/HandlerContext.ts';
import { stageHandlers } from './handlers/stageHandlers.ts';

/** Wires each contract method to the code that serves it; one factory per contract group. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...appHandlers(context),
    ...stageHandlers(context),
    ...candidateHandlers(context),
  };
}
