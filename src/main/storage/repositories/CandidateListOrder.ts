import type { candidateSortOrders } from '../../../shared/contract/candidateMethods.ts';

/** The candidate list's filters and order, which a search of the list keeps. */
export type CandidateListOrder = {
  sort: (typeof candidateSortOrders)[number];
  stageId?: string;
  role?: string;
  tag?: string;
  source?: string;
};
