import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { limits } from '../schemas/limits.ts';
import { savedSearch } from '../schemas/savedSearch.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

const name = z
  .string()
  .trim()
  .min(1, { message: 'Give the search a name' })
  .max(limits.savedSearchName, { message: `Must be at most ${limits.savedSearchName} characters` });
const query = z
  .string()
  .trim()
  .min(1, { message: 'Type something to search for' })
  .max(limits.savedQuery, { message: `Must be at most ${limits.savedQuery} characters` });

export const savedSearchMethods = {
  list: defineMethod({
    description:
      'The saved searches, by name, each with how many candidates (not in the Trash) it matches now.',
    input: nothing,
    output: z.object({ items: z.array(savedSearch) }),
  }),
  create: defineMethod({
    description: `Save a query under a name, unique without case; at most ${limits.savedSearches} are kept.`,
    input: z.strictObject({ name, query }),
    output: savedSearch,
  }),
  update: defineMethod({
    description: 'Rename a saved search or change its query.',
    input: z.strictObject({ id: entityId, changes: z.strictObject({ name, query }).partial() }),
    output: savedSearch,
  }),
  delete: defineMethod({
    description: 'Forget a saved search. Candidates are not touched.',
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
  }),
};
