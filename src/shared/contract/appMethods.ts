import { z } from 'zod';
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
};
