import { z } from 'zod';
import { backupInfo } from '../schemas/backupInfo.ts';
import { backupName } from '../schemas/backupName.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

export const backupMethods = {
  list: defineMethod({
    description: 'The backups in the data directory, newest first, and where they are.',
    input: nothing,
    output: z.object({ directory: z.string(), backups: z.array(backupInfo) }),
  }),
  create: defineMethod({
    description: '"Back up now": an encrypted copy of the database as it is now.',
    input: nothing,
    output: backupInfo,
  }),
  restore: defineMethod({
    description:
      'Puts a backup in place of the database. The current state is saved first: as a backup, or (when the file is damaged) set aside as it is.',
    input: z.strictObject({ name: backupName }),
    output: z.object({
      restored: backupInfo,
      /** The backup made of the state that was replaced; null when that state was a damaged file. */
      savedAs: backupInfo.nullable(),
      /** Where the damaged file was moved, when it was one. */
      damagedCopy: z.string().nullable(),
    }),
  }),
  exportEverything: defineMethod({
    description:
      'Every table as JSON and every candidate as Markdown, in one zip: for leaving Rapport or answering a data-subject request. With recordings, the zip is written to a file and fetched once from `downloadPath` (recordings are too large for base64).',
    input: z.strictObject({ includeRecordings: z.boolean().optional() }),
    output: z.discriminatedUnion('delivery', [
      z.object({ delivery: z.literal('inline'), fileName: z.string(), contentBase64: z.string() }),
      z.object({
        delivery: z.literal('file'),
        fileName: z.string(),
        /** Same-origin path to GET once, e.g. /exports/<token>.zip; the file is deleted after it is served. */
        downloadPath: z.string(),
        sizeBytes: z.number().int().nonnegative(),
        recordingCount: z.number().int().nonnegative(),
      }),
    ]),
  }),
};
