import { z } from 'zod';
import { stage } from '../schemas/stage.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

export const stageMethods = {
  list: defineMethod({
    description: 'Pipeline stages in their display order.',
    input: nothing,
    output: z.object({ stages: z.array(stage) }),
  }),
};
