/** Words planted in a few notes each: the "rare" queries, like a name or a project mentioned once or twice. */
export const rareWords = [
  'serendipitous',
  'quixotic',
  'zanzibar',
  'obsequious',
  'pulchritude',
  'sesquipedalian',
  'defenestration',
  'kerfuffle',
  'brouhaha',
  'lollygag',
];
