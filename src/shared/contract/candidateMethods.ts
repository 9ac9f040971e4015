import { z } from 'zod';
import { candidate } from '../schemas/candidate.ts';
import { candidateFields } from '../schemas/candidateFields.ts';
import { limits } from '../schemas/limits.ts';
import { entityId } from '../schemas/entityId.ts';
import { candidateImportFields } from '../schemas/candidateImportFields.ts';
import { importReport } from '../schemas/importReport.ts';
import { timelineItem } from '../schemas/timelineItem.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

/** "updated" is last activity: edits, stage changes, notes and interviews all move a candidate up. */
export const candidateSortOrders = ['updated', 'name', 'stage', 'created'] as const;

const filterText = z.string().trim().min(1).max(limits.shortText);
const csv = z.string().max(limits.csvCharacters, { message: 'The file is too large to import at once' });
const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const candidateMethods = {
  list: defineMethod({
    description:
      'One page of candidates, newest activity first by default. Filters combine (AND) and compare without case; ' +
      '`total` counts every candidate the filters match, not just this page.',
    input: z.strictObject({
      trashed: z.boolean().default(false),
      stageId: z.string().min(1).max(40).optional(),
      role: filterText.optional(),
      tag: filterText.optional(),
      source: filterText.optional(),
      sort: z.enum(candidateSortOrders).default('updated'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(limits.pageSize).default(100),
    }),
    output: z.object({ items: z.array(candidate), total: z.number().int() }),
  }),
  facets: defineMethod({
    description:
      'The roles, sources and tags of candidates not in the Trash, most common first, with counts: what the list ' +
      'filters offer.',
    input: nothing,
    output: z.object({ roles: facet, sources: facet, tags: facet }),
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
  setStage: defineMethod({
    description:
      'Move a candidate to a stage, recorded with its date. A reason (why they were rejected or withdrew) is kept ' +
      'with the change.',
    input: z.strictObject({
      id: entityId,
      stageId: z.string().min(1).max(40),
      reason: z
        .string()
        .trim()
        .max(limits.reason, { message: `Must be at most ${limits.reason} characters` })
        .transform((value) => (value === '' ? null : value))
        .nullable()
        .default(null),
    }),
    output: candidate,
  }),
  timeline: defineMethod({
    description: 'Every touchpoint with a candidate (interviews, notes, stage changes), newest first.',
    input: z.strictObject({
      id: entityId,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(limits.pageSize).default(50),
    }),
    output: z.object({ items: z.array(timelineItem), total: z.number().int() }),
  }),
  importPreview: defineMethod({
    description:
      'Read a CSV file without importing it: its columns, the field each one will probably map to, and the first rows.',
    input: z.strictObject({ csv }),
    output: z.object({
      /** Each column with the key `mapping` uses for it: its header, made unique and never blank. */
      columns: z.array(
        z.object({
          key: z.string(),
          header: z.string(),
          suggestedField: z.enum(candidateImportFields),
          samples: z.array(z.string()),
        }),
      ),
      /** Ready to pass as `candidates.import`'s mapping. */
      suggestedMapping: z.record(z.string(), z.enum(candidateImportFields)),
      /** Data rows in the file, blank lines not counted. */
      rowCount: z.number().int(),
      /** The first rows, as cells in column order. */
      rows: z.array(z.array(z.string())),
      delimiter: z.enum([',', ';', '\t']),
    }),
  }),
  import: defineMethod({
    description:
      'Import candidates from a CSV file in one transaction. Invalid rows are reported and skipped (mode ' +
      '"skip-invalid"), or refuse the whole file ("all-or-nothing"). A row whose email a live candidate or an ' +
      'earlier row already has is skipped as a duplicate. Any database failure rolls everything back.',
    input: z.strictObject({
      csv,
      /** Column key (from importPreview) → field; columns left out are ignored. Omitted: the suggested mapping. */
      mapping: z.record(z.string().max(limits.shortText + 10), z.enum(candidateImportFields)).optional(),
      mode: z.enum(['skip-invalid', 'all-or-nothing']).default('skip-invalid'),
      /** Check every row and report, writing nothing. */
      dryRun: z.boolean().default(false),
    }),
    output: importReport,
  }),
  export: defineMethod({
    description:
      'Everything Rapport holds about one candidate (profile, stage history, interviews, notes, scorecards), as ' +
      'JSON and as Markdown: the answer to a data-subject access request.',
    input: byId,
    output: z.object({ fileName: z.string(), json: z.string(), markdown: z.string() }),
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
