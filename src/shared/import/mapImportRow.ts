import type { z } from 'zod';
import { restoreCsvCell } from '../csv/restoreCsvCell.ts';
import { candidateFields } from '../schemas/candidateFields.ts';
import type { CandidateImportField } from '../schemas/candidateImportFields.ts';
import { foldStageName } from './foldStageName.ts';
import type { ImportedNote } from './ImportedNote.ts';
import { importedNoteTitles } from './importedNoteTitles.ts';
import type { ImportIssue } from './ImportIssue.ts';

export type ImportedCandidate = z.output<typeof candidateFields>;

export type MappedRow =
  /** `notes` is there only when the row brings some. */
  | { ok: true; candidate: ImportedCandidate; notes?: ImportedNote[] }
  /** `name` is the person the row is about, when it names one, so a report can say who. */
  | { ok: false; name: string | null; issues: ImportIssue[] };

const listSeparators = /[;,|]/;
const linkSeparators = /[\s;|,]+/;
const textFields = ['email', 'phone', 'currentTitle', 'location', 'role', 'source', 'pronouns'] as const;

/**
 * One CSV row as the candidate it describes, validated by the same schema the "New candidate" form uses, plus
 * the notes it brings. `fields[i]` is what column i maps to and `keys[i]` its name (for "Imported fields").
 * Issue paths name the field, and issues carry the value, so the report can say what is wrong with what.
 */
export function mapImportRow(
  rawCells: readonly string[],
  fields: readonly CandidateImportField[],
  stages: ReadonlyMap<string, string>,
  keys: readonly string[] = [],
): MappedRow {
  const cells = rawCells.map(restoreCsvCell);
  const single = new Map<CandidateImportField, string>();
  const tags: string[] = [];
  const links: string[] = [];
  const notes: string[] = [];
  const importedFields: string[] = [];
  fields.forEach((field, column) => {
    const value = (cells[column] ?? '').trim();
    if (field === 'ignore' || value === '') return;
    if (field === 'tags')
      tags.push(
        ...value
          .split(listSeparators)
          .map((tag) => tag.trim())
          .filter(Boolean),
      );
    else if (field === 'links') links.push(...value.split(linkSeparators).filter(Boolean));
    else if (field === 'notes') notes.push(value);
    else if (field === 'importedFields')
      importedFields.push(`${keys[column] ?? `Column ${column + 1}`}: ${value}`);
    else if (!single.has(field)) single.set(field, value);
  });
  const name =
    single.get('name') ?? [single.get('firstName'), single.get('lastName')].filter(Boolean).join(' ');
  const extra = cells.slice(fields.length).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    return {
      ok: false,
      name: name || null,
      issues: [
        {
          path: '',
          message: `This row has ${cells.length} cells but the header has ${fields.length} columns`,
        },
      ],
    };
  }

  const input: Record<string, unknown> = {
    name,
    consentUntil: single.has('consentUntil') ? single.get('consentUntil')!.slice(0, 10) : null,
    tags,
    links,
  };
  for (const field of textFields) input[field] = single.get(field) ?? null;
  const issues: ImportIssue[] = [];
  const stageText = single.get('stage');
  if (stageText !== undefined) {
    const stageId = stages.get(foldStageName(stageText));
    if (stageId) input.stageId = stageId;
    else issues.push({ path: 'stage', message: 'There is no such stage', value: stageText });
  }
  const parsed = candidateFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const value = issue.path.reduce<unknown>(
        (current, key) => (current as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
        input,
      );
      issues.push({
        path,
        message: issue.message,
        ...(typeof value === 'string' && value !== '' ? { value } : {}),
      });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, name: name || null, issues };
  const imported: ImportedNote[] = [];
  if (notes.length > 0) imported.push({ title: importedNoteTitles.notes, text: notes.join('\n\n') });
  if (importedFields.length > 0)
    imported.push({ title: importedNoteTitles.importedFields, text: importedFields.join('\n') });
  return { ok: true, candidate: parsed.data, ...(imported.length > 0 ? { notes: imported } : {}) };
}
