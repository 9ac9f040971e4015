import type { WaitReason } from '../schemas/waitReason.ts';

/** A wait as storage finds it, before it is measured against the clock. */
export type WaitRow = {
  candidateId: string;
  candidateName: string;
  stageId: string;
  about: string | null;
  interviewId: string | null;
  followUpId: string | null;
} & ({ reason: Exclude<WaitReason, 'follow_up'>; since: string } | { reason: 'follow_up'; dueOn: string });
