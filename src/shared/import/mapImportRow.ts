import { candidateFields } from '../schemas/candidateFields.ts';
import type { CandidateImportField } from '../schemas/candidateImportFields.ts';
import type { z } from 'zod';
import { foldStageName } from './foldStageName.ts';

export type ImportedCandidate = z.output<typeof candidateFields>;

export type MappedRow =
  | { ok: true; candidate: ImportedCandidate }
  | { ok: false; issues: Array<{ path: string; message: string }> };

const listSeparators = /[;,|]/;
const linkSeparators = /[\s;|,]+/;

/**
 * One CSV row as the candidate it describes, validated by the same schema the "New candidate" form uses.
 * `fields[i]` is what column i maps to; issue paths name the field so the report can say what is wrong.
 */
export function mapImportRow(
  cells: readonly string[],
  fields: readonly CandidateImportField[],
  stages: ReadonlyMap<string, string>,
): MappedRow {
  const single = new Map<CandidateImportField, string>();
  const tags: string[] = [];
  const links: string[] = [];
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
    else if (!single.has(field)) single.set(field, value);
  });
  const extra = cells.slice(fields.length).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `This row has ${cells.length} cells but the header has ${fields.length} columns`,
        },
      ],
    };
  }

  const name =
    single.get('name') ?? [single.get('firstName'), single.get('lastName')].filter(Boolean).join(' ');
  const input: Record<string, unknown> = {
    name,
    email: single.get('email') ?? null,
    phone: single.get('phone') ?? null,
    location: single.get('location') ?? null,
    role: single.get('role') ?? null,
    source: single.get('source') ?? null,
    pronouns: single.get('pronouns') ?? null,
    consentUntil: single.has('consentUntil') ? single.get('consentUntil')!.slice(0, 10) : null,
    tags,
    links,
  };
  const issues: Array<{ path: string; message: string }> = [];
  const stageText = single.get('stage');
  if (stageText !== undefined) {
    const stageId = stages.get(foldStageName(stageText));
    if (stageId) input.stageId = stageId;
    else issues.push({ path: 'stage', message: `There is no stage called “${stageText.slice(0, 60)}”` });
  }
  const parsed = candidateFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ path: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, candidate: parsed.data };
}
