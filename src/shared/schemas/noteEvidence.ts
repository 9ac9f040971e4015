import { z } from 'zod';

export const noteEvidence = z.object({
  attributeId: z.string(),
  text: z.string(),
  questionId: z.string().nullable(),
  questionText: z.string().nullable(),
});
