import { z } from 'zod';
import { kit } from '../schemas/kit.ts';
import { kitDefinition } from '../schemas/kitDefinition.ts';
import { entityId } from '../schemas/entityId.ts';
import { limits } from '../schemas/limits.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

const kitFields = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name is required' })
    .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` }),
  description: z
    .string()
    .trim()
    .max(limits.reason, { message: `Must be at most ${limits.reason} characters` })
    .default(''),
  definition: kitDefinition,
});

export const kitMethods = {
  list: defineMethod({
    description:
      'Interview kits by name, optionally only those whose name contains `query`; deleted ones only when asked.',
    input: z.strictObject({
      query: z.string().trim().max(limits.shortText).default(''),
      includeDeleted: z.boolean().default(false),
    }),
    output: z.object({ items: z.array(kit) }),
  }),
  get: defineMethod({
    description: 'One kit, including a deleted one.',
    input: byId,
    output: kit,
  }),
  create: defineMethod({
    description: 'A new kit: sections of questions with guidance, and scorecard attributes by category.',
    input: kitFields,
    output: kit,
  }),
  update: defineMethod({
    description: 'Change a kit. Interviews already started keep the kit as it was.',
    input: z.strictObject({ id: entityId, changes: kitFields.partial() }),
    output: kit,
  }),
  delete: defineMethod({
    description: 'Hide a kit from new interviews. Past interviews keep their copy.',
    input: byId,
    output: kit,
  }),
};
