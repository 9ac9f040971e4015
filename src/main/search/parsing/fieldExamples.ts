import type { SearchFieldName } from '../../../shared/search/searchFieldNames.ts';

/** A value to show with each field in hints: `location:lisboa`. */
export const fieldExamples: Record<SearchFieldName, string> = {
  name: 'ana',
  email: 'example.org',
  location: 'lisboa',
  title: 'engineer',
  role: 'designer',
  tag: 'remote',
  stage: 'offer',
  source: 'referral',
  notes: 'salary',
};
