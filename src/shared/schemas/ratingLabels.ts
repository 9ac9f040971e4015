import type { Rating } from './rating.ts';

/** What the recruiter reads for each rating, in the UI and in exports alike. */
export const ratingLabels: Record<Rating, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
  no_decision: 'No decision',
};
