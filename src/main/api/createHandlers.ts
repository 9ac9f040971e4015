import type { Handlers } from './Handlers.ts';
import { appHandlers } from './handlers/appHandlers.ts';
import { candidateHandlers } from './handlers/candidateHandlers.ts';
import type { HandlerContext } from './handlers/HandlerContext.ts';
import { stageHandlers } from './handlers/stageHandlers.ts';
import { searchHandlers } from './handlers/searchHandlers.ts';
import { interviewHandlers } from './handlers/interviewHandlers.ts';
import { kitHandlers } from './handlers/kitHandlers.ts';
import { noteHandlers } from './handlers/noteHandlers.ts';
import { scorecardHandlers } from './handlers/scorecardHandlers.ts';
import { settingsHandlers } from './handlers/settingsHandlers.ts';
import { callHandlers } from './handlers/callHandlers.ts';

/** Wires each contract method to the code that serves it; one factory per contract group. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...appHandlers(context),
    ...stageHandlers(context),
    ...candidateHandlers(context),
    ...searchHandlers(context),
    ...kitHandlers(context),
    ...interviewHandlers(context),
    ...noteHandlers(context),
    ...scorecardHandlers(context),
    ...settingsHandlers(context),
    ...callHandlers(context),
  };
}
