import type { Candidate } from '../../../shared/schemas/candidate.ts';

type Row = Record<string, unknown>;

/** The JSON a candidate export holds; the Markdown is written from the same data. */
export type CandidateExportData = {
  format: 'rapport.candidate-export';
  version: 1;
  exportedAt: string;
  candidate: Candidate;
  stageHistory: Array<{
    from: string | null;
    to: string;
    fromName: string | null;
    toName: string;
    reason: string | null;
    changedAt: string;
  }>;
  interviews: Row[];
  notes: Array<{
    id: string;
    interviewId: string | null;
    title: string;
    text: string;
    document: unknown;
    createdAt: string;
    updatedAt: string;
    deletedAt: string | null;
  }>;
  /** Every stored row that refers to the candidate, table by table, exactly as stored. */
  records: Record<string, Row[]>;
};
