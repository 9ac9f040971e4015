import { ExportFiles } from '../../services/everythingExport/ExportFiles.ts';
import { exportEverything } from '../../services/everythingExport/exportEverything.ts';
import { writeEverythingExport } from '../../services/everythingExport/writeEverythingExport.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function backupHandlers(context: HandlerContext): GroupHandlers<'backups'> {
  const { database } = context;
  const clock = clockOf(context);
  // A bare test context has no host to serve the file; its exports are written all the same.
  const exports = context.exports ?? new ExportFiles(context.dataDirectory, clock);
  return {
    'backups.list': () => ({ directory: database.backupsDirectory, backups: database.listBackups() }),
    'backups.create': () => database.backUpNow(),
    'backups.restore': ({ name }) => database.restore(name),
    'backups.exportEverything': async ({ includeRecordings }) => {
      const now = clock();
      if (!includeRecordings) {
        const { fileName, zip } = await exportEverything(context.repositories, now);
        return { delivery: 'inline', fileName, contentBase64: Buffer.from(zip).toString('base64') };
      }
      // Recordings run to hundreds of MB: streamed to a file and fetched from it, never held whole or in base64.
      let recordingCount = 0;
      const written = await exports.write(async (write) => {
        const result = await writeEverythingExport({
          repositories: context.repositories,
          recordings: context.recordings ?? null,
          now,
          write,
        });
        recordingCount = result.recordingCount;
        return result;
      });
      return { delivery: 'file', ...written, recordingCount };
    },
  };
}
