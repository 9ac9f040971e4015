import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function appHandlers(context: HandlerContext): GroupHandlers<'app'> {
  return {
    'app.info': () => ({
      version: context.version,
      dataDirectory: context.dataDirectory,
      databaseFile: context.databaseFile,
      schemaVersion: context.schemaVersion(),
    }),
    'app.databaseStatus': () => context.database.status(),
    'app.quit': () => ({ quitting: context.database.quit() }),
  };
}
