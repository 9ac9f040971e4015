import { z } from 'zod';
import { csvEncodings } from '../csv/csvEncodings.ts';
import { entityId } from './entityId.ts';

/** What an import did, row by row; `row` is the spreadsheet row number (the header is row 1). */
export const importReport = z.object({
  /** False when nothing was written: a dry run, all-or-nothing mode refusing a file with invalid rows, or Cancel. */
  committed: z.boolean(),
  /** True when the import was cancelled; whatever it had written is taken back. */
  cancelled: z.boolean(),
  /** How the file's bytes were read as text. */
  encoding: z.enum(csvEncodings),
  /** Data rows in the file, blank lines not counted. */
  rows: z.number().int(),
  /** Candidates created: 0 when not committed. */
  imported: z.number().int(),
  /** Valid rows with a new email: what was, or in a dry run would be, imported. */
  importable: z.number().int(),
  invalid: z.number().int(),
  duplicates: z.number().int(),
  /** Notes written: each row's notes column, and its "Imported fields". */
  notes: z.number().int(),
  /** Columns left out ("Don’t import") that had values: said out loud, since their data was not imported. */
  droppedColumns: z.array(z.object({ column: z.string(), values: z.number().int() })),
  /** The first 1,000 invalid rows, each with what is wrong. */
  errors: z.array(
    z.object({
      row: z.number().int(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  ),
  /** The first 1,000 rows skipped because their email is already taken, by a candidate or an earlier row. */
  skipped: z.array(
    z.object({
      row: z.number().int(),
      email: z.string(),
      /** The live candidate who has this email, or null when an earlier row of the same file does. */
      existingCandidateId: entityId.nullable(),
      /** The earlier row of this file with the same email, or null. */
      firstRow: z.number().int().nullable(),
    }),
  ),
});

export type ImportReport = z.infer<typeof importReport>;
