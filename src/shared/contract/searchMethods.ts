import { z } from 'zod';
import { candidate } from '../schemas/candidate.ts';
import { limits } from '../schemas/limits.ts';
import { searchGroup } from '../schemas/searchGroup.ts';
import { candidateMethods } from './candidateMethods.ts';
import { defineMethod } from './defineMethod.ts';

const searchText = z
  .string()
  .max(limits.searchText, { message: `Must be at most ${limits.searchText} characters` });
/** The list's filters, order and page, as candidates.list takes them; a filter added there must be added here. */
const listView = candidateMethods.list.input.pick({
  stageId: true,
  role: true,
  tag: true,
  source: true,
  sort: true,
  offset: true,
  limit: true,
}).shape;
/** Why the query was read differently from how it was typed (an unclosed parenthesis…); null when it was not. */
const hint = z.string().nullable();

export const searchMethods = {
  query: defineMethod({
    description:
      'Search candidates and all note text, ignoring case and accents. Plain words must all appear (in the profile ' +
      'or any note), the last one as a prefix while typing; AND, OR, NOT, -word, "exact phrase", parentheses, ' +
      'prefix* and field:value (name, email, location, title, role, tag, stage, source, notes) combine them. Any ' +
      'text is safe: a query that cannot be read searches its words, with a hint. Results are grouped by candidate; ' +
      '`total` counts every candidate that matches.',
    input: z.strictObject({
      text: searchText,
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.object({
      groups: z.array(searchGroup),
      /**
       * "ranked": every match was ranked by relevance. "recent": the words are so common that only the newest
       * matches were ranked, to stay instant.
       */
      ranking: z.enum(['ranked', 'recent']),
      /** How many candidates match in all, however many `groups` shows. */
      total: z.number().int(),
      hint,
    }),
  }),
  candidates: defineMethod({
    description:
      'Every candidate a query matches (the language of search.query), a page at a time, in the candidate ' +
      "list's order and with its filters, which combine with the query (AND); `total` counts all of them.",
    input: z.strictObject({ text: searchText, ...listView }),
    output: z.object({ items: z.array(candidate), total: z.number().int(), hint }),
  }),
};
