import { z } from 'zod';
import { limits } from '../schemas/limits.ts';
import { stage } from '../schemas/stage.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

const stageId = z.string().min(1).max(40);

export const stageMethods = {
  list: defineMethod({
    description: 'Pipeline stages in their display order.',
    input: nothing,
    output: z.object({ stages: z.array(stage) }),
  }),
  update: defineMethod({
    description: 'Rename a stage. Candidates keep their stage; only its name changes. Names are unique.',
    input: z.strictObject({
      id: stageId,
      name: z
        .string()
        .trim()
        .min(1, { message: 'Name is required' })
        .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` }),
    }),
    output: stage,
  }),
  reorder: defineMethod({
    description: 'Put the stages in a new order: every stage id, each once, first stage first.',
    input: z.strictObject({ ids: z.array(stageId).min(1).max(100) }),
    output: z.object({ stages: z.array(stage) }),
  }),
};
