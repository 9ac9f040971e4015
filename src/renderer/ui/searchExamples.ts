/** The queries the search tips offer, each with what it finds. */
export const searchExamples: ReadonlyArray<{ query: string; finds: string }> = [
  { query: 'kotlin lisboa', finds: 'both words, anywhere in the profile or the notes' },
  { query: '(referral OR meetup) AND location:lisboa', finds: 'either word, and based in Lisboa' },
  { query: '"talent sourcer" -zürich', finds: 'this exact phrase, and not Zürich' },
  { query: 'kotl*', finds: 'any word that begins so' },
  { query: 'tag:remote NOT stage:rejected', finds: 'tagged remote, in any stage but Rejected' },
  { query: 'notes:salary', finds: 'only in what your notes say' },
];
