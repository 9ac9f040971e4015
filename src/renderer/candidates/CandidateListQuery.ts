import type { candidateSortOrders } from '../../shared/contract/candidateMethods.ts';

/** What the list shows: filters that combine, and one order. Undefined filters match everyone. */
export type CandidateListQuery = {
  stageId?: string;
  role?: string;
  tag?: string;
  source?: string;
  /** Part of the name. */
  name?: string;
  sort: (typeof candidateSortOrders)[number];
};
