/**
 * Boolean queries as a sourcer writes them: up to four operators (AND, OR, NOT, -, or a space) and at least one
 * field filter each, over the bench's vocabulary; from rare to very common note words.
 */
export const booleanQueries = [
  '(referral OR meetup) AND location:krakow',
  '"software engineer" -location:zurich',
  'kubernetes AND (python OR golang) NOT role:manager',
  'tag:remote AND (salary OR visa) NOT stage:rejected',
  'source:linkedin AND kotlin* NOT tag:visa',
  'notes:"hiring manager" AND location:berlin',
  '(react OR vue OR svelte) AND role:frontend -tag:contractor',
  'terraform stage:interviewing (location:dublin OR location:amsterdam)',
  'relocation visa -tag:relocation location:london',
  'serendipitous OR quixotic OR (zanzibar AND source:referral)',
  '(the OR and) AND location:remote',
  'experience AND team AND strong NOT source:agency',
];
