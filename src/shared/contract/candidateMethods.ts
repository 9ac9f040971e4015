import { z } from 'zod';
import { candidate } from '../schemas/candidate.ts';
import { candidateFields } from '../schemas/candidateFields.ts';
import { limits } from '../schemas/limits.ts';
import { entityId } from '../schemas/entityId.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

export const candidateSortOrders = ['updated', 'name', 'stage', 'created'] as const;

export const candidateMethods = {
  list: defineMethod({
    description: 'One page of candidates, newest activity first by default.',
    input: z.strictObject({
      trashed: z.boolean().default(false),
      stageId: z.string().min(1).max(40).optional(),
      sort: z.enum(candidateSortOrders).default('updated'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(limits.pageSize).default(100),
    }),
    output: z.object({ items: z.array(candidate), total: z.number().int() }),
  }),
  get: defineMethod({
    description: 'One candidate, including one in the Trash.',
    input: byId,
    output: candidate,
  }),
  create: defineMethod({
    description: 'Add a candidate. Email, when given, must be unique among candidates not in the Trash.',
    input: candidateFields,
    output: candidate,
  }),
  update: defineMethod({
    description: 'Change some fields of a candidate. A stage change is recorded with its date.',
    input: z.strictObject({ id: entityId, changes: candidateFields.partial() }),
    output: candidate,
  }),
  delete: defineMethod({
    description: 'Move a candidate to the Trash. Nothing is destroyed until purge.',
    input: byId,
    output: candidate,
  }),
  restore: defineMethod({
    description: 'Bring a candidate back from the Trash.',
    input: byId,
    output: candidate,
  }),
  purge: defineMethod({
    description: 'Destroy a trashed candidate and everything of theirs, including from the search index.',
    input: byId,
    output: z.object({ purged: z.literal(true) }),
  }),
};
