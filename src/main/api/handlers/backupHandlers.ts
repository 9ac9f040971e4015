import { exportEverything } from '../../services/everythingExport/exportEverything.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function backupHandlers(context: HandlerContext): GroupHandlers<'backups'> {
  const { database } = context;
  return {
    'backups.list': () => ({ directory: database.backupsDirectory, backups: database.listBackups() }),
    'backups.create': () => database.backUpNow(),
    'backups.restore': ({ name }) => database.restore(name),
    'backups.exportEverything': () => {
      const { fileName, zip } = exportEverything(context.repositories);
      return { fileName, contentBase64: Buffer.from(zip).toString('base64') };
    },
  };
}
