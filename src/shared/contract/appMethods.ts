import { z } from 'zod';
import { databaseStatus } from '../schemas/databaseStatus.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

export const appMethods = {
  info: defineMethod({
    description: 'Version and where the data lives.',
    input: nothing,
    output: z.object({
      version: z.string(),
      dataDirectory: z.string(),
      databaseFile: z.string(),
      schemaVersion: z.number().int(),
    }),
  }),
  databaseStatus: defineMethod({
    description:
      'Whether the database file is being checked, fine, or damaged (then Rapport writes nothing until a backup is restored).',
    input: nothing,
    output: databaseStatus,
  }),
  quit: defineMethod({
    description:
      'Quits Rapport (the recovery screen\'s "Quit"). quitting is false where the host cannot quit.',
    input: nothing,
    output: z.object({ quitting: z.boolean() }),
  }),
};
