import type { Candidate } from '../../../shared/schemas/candidate.ts';
import type { Stage } from '../../../shared/schemas/stage.ts';
import type { CandidateExportData } from './CandidateExportData.ts';
import { candidateExportMarkdown } from './candidateExportMarkdown.ts';
import { fileNameSlug } from './fileNameSlug.ts';

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Everything held about one candidate, as JSON for machines and Markdown for people: a subject access answer. */
export function exportCandidate(
  candidate: Candidate,
  records: CandidateExportData['records'],
  stages: readonly Stage[],
  now = new Date().toISOString(),
): { fileName: string; json: string; markdown: string } {
  const stageName = new Map(stages.map((stage) => [stage.id, stage.name]));
  const data: CandidateExportData = {
    format: 'rapport.candidate-export',
    version: 1,
    exportedAt: now,
    candidate,
    stageHistory: (records.stage_changes ?? [])
      .map((row) => ({
        from: row.from_stage_id as string | null,
        to: row.to_stage_id as string,
        fromName: row.from_stage_id === null ? null : (stageName.get(row.from_stage_id as string) ?? null),
        toName: stageName.get(row.to_stage_id as string) ?? (row.to_stage_id as string),
        reason: row.reason as string | null,
        changedAt: row.changed_at as string,
      }))
      .sort((first, second) => first.changedAt.localeCompare(second.changedAt)),
    interviews: (records.interviews ?? []).map((row) => ({
      ...row,
      kit_snapshot: parseJson(row.kit_snapshot),
    })),
    notes: (records.notes ?? []).map((row) => ({
      id: row.id as string,
      interviewId: row.interview_id as string | null,
      title: row.title as string,
      text: row.text as string,
      document: parseJson(row.document),
      createdAt: row.created_at as string,
      updatedAt: row.updated_at as string,
      deletedAt: row.deleted_at as string | null,
    })),
    records,
  };
  return {
    fileName: `${now.slice(0, 10)}-${fileNameSlug(candidate.name)}-data-export`,
    json: JSON.stringify(data, null, 2),
    markdown: candidateExportMarkdown(data),
  };
}
