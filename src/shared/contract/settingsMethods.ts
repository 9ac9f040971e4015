import { z } from 'zod';
import { appSettings } from '../schemas/appSettings.ts';
import { encryptionStatus } from '../schemas/encryptionStatus.ts';
import { signalingServerUrl } from '../schemas/signalingServerUrl.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

export const settingsMethods = {
  get: defineMethod({
    description: 'The app settings. The signalling key is never returned, only whether one is set.',
    input: nothing,
    output: appSettings,
  }),
  update: defineMethod({
    description:
      'Change some settings. signalingUrl null (or empty) goes back to the built-in local server; signalingKey null forgets the key.',
    input: z.strictObject({
      signalingUrl: signalingServerUrl.nullable().optional(),
      signalingKey: z
        .string()
        .trim()
        .min(1, { message: 'Enter the key, or clear it' })
        .max(500)
        .nullable()
        .optional(),
      recruiterName: z.string().trim().max(100, { message: 'Must be at most 100 characters' }).optional(),
      introMessage: z.string().trim().max(2000, { message: 'Must be at most 2000 characters' }).optional(),
      relayOnly: z.boolean().optional(),
    }),
    output: appSettings,
  }),
  encryption: defineMethod({
    description:
      'How the database is encrypted and where its key is kept; keyStorage basic_text means Linux had no keychain.',
    input: nothing,
    output: encryptionStatus,
  }),
};
