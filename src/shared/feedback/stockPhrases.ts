/** Phrases that say nothing about this candidate: a draft made of them gets a nudge. */
export const stockPhrases = [
  'a number of candidates who were a closer match',
  'candidates who more closely match',
  'decided to move forward with other candidates',
  'decided to pursue other candidates',
  'not the right fit at this time',
  'not a fit at this time',
  'the position has been filled',
  'after careful consideration',
  'we had many strong applicants',
  'we received a large number of applications',
  'keep your cv on file',
  'keep your resume on file',
  'we wish you the best in your job search',
  'unfortunately, we have decided',
] as const;
