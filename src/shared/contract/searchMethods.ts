import { z } from 'zod';
import { limits } from '../schemas/limits.ts';
import { searchGroup } from '../schemas/searchGroup.ts';
import { defineMethod } from './defineMethod.ts';

export const searchMethods = {
  query: defineMethod({
    description:
      'Search candidates and all note text, ignoring case and accents; the last word matches as a prefix while ' +
      'typing. Any text is safe: it is read as plain words, never as query syntax. Results are grouped by candidate.',
    input: z.strictObject({
      text: z.string().max(limits.searchText, { message: `Must be at most ${limits.searchText} characters` }),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.object({
      groups: z.array(searchGroup),
      /**
       * "ranked": every match was ranked by relevance. "recent": the words are so common that only the newest
       * matches were ranked, to stay instant.
       */
      ranking: z.enum(['ranked', 'recent']),
    }),
  }),
};
