import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { kitDefinition } from './kitDefinition.ts';

export const kit = z.object({
  id: entityId,
  name: z.string(),
  description: z.string(),
  definition: kitDefinition,
  /** True for the kits Rapport ships with; they can still be edited or deleted. */
  builtIn: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
});

export type Kit = z.infer<typeof kit>;
