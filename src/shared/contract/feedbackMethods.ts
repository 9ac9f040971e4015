import { z } from 'zod';
import { noteDocumentSchema } from '../notes/noteDocumentSchema.ts';
import { entityId } from '../schemas/entityId.ts';
import { feedback } from '../schemas/feedback.ts';
import { feedbackDecision } from '../schemas/feedbackDecision.ts';
import { isoDateTime } from '../schemas/isoDateTime.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

export const feedbackMethods = {
  open: defineMethod({
    description:
      'The feedback draft for an interview (made from its submitted scorecard the first time), or for a candidate ' +
      'with no interview (made from the rejection reasons). Never reads ratings into words, nor the private note.',
    input: z.strictObject({ candidateId: entityId, interviewId: entityId.nullable().default(null) }),
    output: feedback,
  }),
  get: defineMethod({ description: 'One feedback draft.', input: byId, output: feedback }),
  redraft: defineMethod({
    description: 'Draft again for the other decision (advance or decline), replacing the text.',
    input: z.strictObject({ id: entityId, decision: feedbackDecision }),
    output: feedback,
  }),
  save: defineMethod({
    description: 'Autosave the draft’s document (and subject), sequenced like notes.save.',
    input: z.strictObject({
      id: entityId,
      document: noteDocumentSchema,
      sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
      subject: z.string().trim().min(1).max(200).optional(),
    }),
    output: z.object({
      id: entityId,
      sequence: z.number().int(),
      applied: z.boolean(),
      updatedAt: isoDateTime,
    }),
  }),
  markSent: defineMethod({
    description:
      'Record that the feedback went out: "Feedback sent" on the timeline; the candidate stops waiting.',
    input: byId,
    output: feedback,
  }),
};
