import type { FeedbackDecision } from '../schemas/feedbackDecision.ts';
import type { Rating } from '../schemas/rating.ts';

/**
 * What a feedback draft is made from. Ratings only sort attributes into strengths and growth areas: neither a
 * rating word nor the private note ever reaches the draft, and only this interview's own scorecard is read.
 */
export type FeedbackSource = {
  candidateName: string;
  recruiterName: string;
  company: string;
  interviewTitle: string | null;
  decision: FeedbackDecision;
  attributes: readonly { id: string; name: string; description: string }[];
  ratings: Readonly<Record<string, Rating>>;
  evidence: readonly { attributeId: string; text: string }[];
  /** Reasons picked from the candidate-facing list when the candidate was rejected. */
  reasons: readonly string[];
  /** The stage they move on to, when advancing. */
  nextStageName: string | null;
};
