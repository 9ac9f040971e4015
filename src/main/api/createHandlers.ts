import type { Handlers } from './Handlers.ts';
import { appHandlers } from './handlers/appHandlers.ts';
import { candidateHandlers } from './handlers/candidateHandlers.ts';
import type { HandlerContext } from './handlers/HandlerContext.ts';
import { stageHandlers } from './handlers/stageHandlers.ts';
import { savedSearchHandlers } from './handlers/savedSearchHandlers.ts';
import { searchHandlers } from './handlers/searchHandlers.ts';
import { interviewHandlers } from './handlers/interviewHandlers.ts';
import { kitHandlers } from './handlers/kitHandlers.ts';
import { noteHandlers } from './handlers/noteHandlers.ts';
import { scorecardHandlers } from './handlers/scorecardHandlers.ts';
import { settingsHandlers } from './handlers/settingsHandlers.ts';
import { callHandlers } from './handlers/callHandlers.ts';
import { backupHandlers } from './handlers/backupHandlers.ts';
import { feedbackHandlers } from './handlers/feedbackHandlers.ts';
import { followUpHandlers } from './handlers/followUpHandlers.ts';
import { profileHandlers } from './handlers/profileHandlers.ts';
import { scheduleHandlers } from './handlers/scheduleHandlers.ts';
import { todayHandlers } from './handlers/todayHandlers.ts';
import { desktopHandlers } from './handlers/desktopHandlers.ts';
import { recordingHandlers } from './handlers/recordingHandlers.ts';

/** Wires each contract method to the code that serves it; one factory per contract group. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    ...appHandlers(context),
    ...stageHandlers(context),
    ...candidateHandlers(context),
    ...searchHandlers(context),
    ...savedSearchHandlers(context),
    ...kitHandlers(context),
    ...interviewHandlers(context),
    ...noteHandlers(context),
    ...scorecardHandlers(context),
    ...settingsHandlers(context),
    ...callHandlers(context),
    ...backupHandlers(context),
    ...profileHandlers(context),
    ...scheduleHandlers(context),
    ...followUpHandlers(context),
    ...feedbackHandlers(context),
    ...todayHandlers(context),
    ...desktopHandlers(context),
    ...recordingHandlers(context),
  };
}
