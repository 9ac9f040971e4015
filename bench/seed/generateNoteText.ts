/** One interview note: a few sentences of Zipf-distributed words, with capitals and punctuation. */
export function generateNoteText(
  random: () => number,
  nextWord: () => string,
  extraWords: readonly string[] = [],
): string {
  const sentences: string[] = [];
  const wordCount = 25 + Math.floor(random() * 90);
  let written = 0;
  const pending = [...extraWords];
  while (written < wordCount) {
    const length = Math.min(wordCount - written, 5 + Math.floor(random() * 12));
    const words: string[] = [];
    for (let index = 0; index < length; index += 1) words.push(nextWord());
    if (pending.length > 0 && random() < 0.5)
      words.splice(Math.floor(random() * words.length), 0, pending.shift()!);
    written += words.length;
    const sentence = words.join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + (random() < 0.1 ? '?' : '.'));
  }
  if (pending.length > 0) sentences.push(`Also: ${pending.join(', ')}.`);
  return sentences.join(' ');
}
