import { z } from 'zod';
import { candidate } from '../schemas/candidate.ts';
import { candidateFields } from '../schemas/candidateFields.ts';
import { limits } from '../schemas/limits.ts';
import { entityId } from '../schemas/entityId.ts';
import { candidateImportFields } from '../schemas/candidateImportFields.ts';
import { csvEncodings } from '../csv/csvEncodings.ts';
import { importPhases } from '../import/importPhases.ts';
import { importReport } from '../schemas/importReport.ts';
import { timelineItem } from '../schemas/timelineItem.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

/** "updated" is last activity: edits, stage changes, notes and interviews all move a candidate up. */
export const candidateSortOrders = ['updated', 'name', 'stage', 'created'] as const;

const csv = z.string().max(limits.csvCharacters, { message: 'The file is too large to import at once' });
/** An uploaded file (candidates.importUpload), or the text itself for small files and scripts: one of the two. */
const csvSource = {
  csv: csv.optional(),
  uploadId: z.uuid().optional(),
  /** How the file's bytes are text: detected by default (byte-order mark, UTF-16 zero bytes, UTF-8 validity). */
  encoding: z.enum([...csvEncodings, 'auto']).default('auto'),
};
const oneSource = (value: { csv?: string | undefined; uploadId?: string | undefined }) =>
  (value.csv === undefined) !== (value.uploadId === undefined);
const oneSourceMessage = { message: 'Send either csv or uploadId', path: ['csv'] };
/** A part of a file as base64: 512 KiB of bytes at most, so a request stays small on every transport. */
const uploadChunk = z
  .string()
  .max(Math.ceil((512 * 1024) / 3) * 4, { message: 'At most 512 KiB of the file per call' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Must be base64' });
/** A listing's filters: the list's own, without paging. */
const listFilters = {
  trashed: z.boolean().default(false),
  stageId: z.string().min(1).max(40).optional(),
  role: z.string().trim().min(1).max(limits.shortText).optional(),
  tag: z.string().trim().min(1).max(limits.shortText).optional(),
  source: z.string().trim().min(1).max(limits.shortText).optional(),
  /** Part of the name, in any case: "ada" finds "Ada Lovelace" and "Gradaš". */
  name: z.string().trim().min(1).max(limits.shortText).optional(),
  sort: z.enum(candidateSortOrders).default('updated'),
};
const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const candidateMethods = {
  list: defineMethod({
    description:
      'One page of candidates, newest activity first by default. Filters combine (AND) and compare without case; ' +
      '`total` counts every candidate the filters match, not just this page.',
    input: z.strictObject({
      ...listFilters,
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
      /** Picked from the configurable list of rejection reasons; the candidate may read these in feedback. */
      reasons: z
        .array(z.string().trim().min(1).max(200))
        .max(10, { message: 'At most 10 reasons' })
        .default([]),
    }),
    output: candidate,
  }),
  undoStageChange: defineMethod({
    description: 'Take back the latest stage change (Undo): the candidate returns to the stage before.',
    input: byId,
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
  importUpload: defineMethod({
    description:
      'Send a file to import a part at a time (base64, 512 KiB of bytes per call, in order from offset 0). The ' +
      'first call, without uploadId, starts an upload and returns its id; the file is kept until it is imported ' +
      'or the app stops.',
    input: z.strictObject({
      uploadId: z.uuid().optional(),
      offset: z.number().int().min(0),
      data: uploadChunk,
    }),
    output: z.object({ uploadId: z.uuid(), size: z.number().int() }),
  }),
  importPreview: defineMethod({
    description:
      'Read a CSV file without importing it, in a worker: its columns, the field each one will probably map to, ' +
      'how many rows have a value in each, the first rows, and the encoding it was read with.',
    input: z.strictObject(csvSource).refine(oneSource, oneSourceMessage),
    output: z.object({
      /** Each column with the key `mapping` uses for it: its header, made unique and never blank. */
      columns: z.array(
        z.object({
          key: z.string(),
          header: z.string(),
          suggestedField: z.enum(candidateImportFields),
          samples: z.array(z.string()),
          /** Rows with a value in this column: what "Don’t import" would leave out. */
          values: z.number().int(),
        }),
      ),
      /** Ready to pass as `candidates.import`'s mapping. */
      suggestedMapping: z.record(z.string(), z.enum(candidateImportFields)),
      /** Data rows in the file, blank lines not counted. */
      rowCount: z.number().int(),
      /** The first rows, as cells in column order. */
      rows: z.array(z.array(z.string())),
      delimiter: z.enum([',', ';', '\t']),
      encoding: z.enum(csvEncodings),
    }),
  }),
  import: defineMethod({
    description:
      'Import candidates from a CSV file, in a worker that streams it and saves in batches; the call answers when ' +
      'the import ends. Invalid rows are reported and skipped (mode "skip-invalid"), or refuse the whole file ' +
      '("all-or-nothing", checked before anything is written). A row whose email a live candidate or an earlier ' +
      'row already has is skipped as a duplicate. Cancel, or any failure, takes back every row already saved.',
    input: z
      .strictObject({
        ...csvSource,
        /** Names this import for importProgress and importCancel while the call is under way. */
        importId: z.uuid().optional(),
        /** Column key (from importPreview) → field; columns left out are ignored. Omitted: the suggested mapping. */
        mapping: z.record(z.string().max(limits.shortText + 10), z.enum(candidateImportFields)).optional(),
        mode: z.enum(['skip-invalid', 'all-or-nothing']).default('skip-invalid'),
        /** Check every row and report, writing nothing. */
        dryRun: z.boolean().default(false),
      })
      .refine(oneSource, oneSourceMessage),
    output: importReport,
  }),
  importProgress: defineMethod({
    description: 'How far a running import (by the importId given to candidates.import) has got.',
    input: z.strictObject({ importId: z.uuid() }),
    output: z.object({
      /** False once it has finished, or when no import has that id. */
      running: z.boolean(),
      phase: z.enum(importPhases),
      bytesRead: z.number(),
      totalBytes: z.number(),
      rows: z.number().int(),
      written: z.number().int(),
    }),
  }),
  importCancel: defineMethod({
    description:
      'Cancel a running import. It stops within one batch and takes back every candidate it had saved; its ' +
      'candidates.import call then answers with cancelled: true.',
    input: z.strictObject({ importId: z.uuid() }),
    output: z.object({ cancelled: z.boolean() }),
  }),
  exportList: defineMethod({
    description:
      'The list as CSV, with the same filters and order as candidates.list: every matching candidate, every ' +
      'field, ready for candidates.import. Cells a spreadsheet would run as formulas are neutralised.',
    input: z.strictObject(listFilters),
    output: z.object({ fileName: z.string(), csv: z.string(), count: z.number().int() }),
  }),
  bulkUpdate: defineMethod({
    description:
      'Change many candidates at once: move them to a stage (recorded with its date), add a tag, or move them to ' +
      'the Trash. One transaction: all of them change, or none.',
    input: z.strictObject({
      ids: z.array(entityId).min(1).max(limits.pageSize),
      action: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('stage'), stageId: z.string().min(1).max(40) }),
        z.strictObject({
          kind: z.literal('addTag'),
          tag: z.string().trim().min(1, { message: 'A tag cannot be empty' }).max(limits.tag),
        }),
        z.strictObject({ kind: z.literal('trash') }),
      ]),
    }),
    output: z.object({ changed: z.number().int() }),
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
