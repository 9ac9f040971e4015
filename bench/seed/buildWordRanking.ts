import { createRandom } from './createRandom.ts';
import { vocabulary } from './vocabulary.ts';

const onsets = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'br',
  'cr',
  'st',
  'tr',
  'pl',
  'gr',
];
const nuclei = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea', 'io'];
const codas = ['', '', '', 'n', 'r', 's', 'l', 'nt', 'st', 'ck'];

/**
 * Every word notes are made of, most frequent first: real English and tech words at the head, then a long tail of
 * made-up but pronounceable words, so term frequencies follow a Zipf curve as they do in real notes.
 */
export function buildWordRanking(tailSize = 20_000): string[] {
  const random = createRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const head = [...vocabulary.commonWords];
  const tail = new Set<string>();
  while (tail.size < tailSize) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let index = 0; index < syllables; index += 1) word += pick(onsets) + pick(nuclei) + pick(codas);
    if (!head.includes(word)) tail.add(word);
  }
  const ranking = [...head];
  const technical = [...vocabulary.technical];
  let tailIndex = 0;
  // Technical words sit in the middle ranks: common enough to matter, rare enough to be a good query.
  for (const word of tail) {
    ranking.push(word);
    tailIndex += 1;
    if (tailIndex % 40 === 0 && technical.length > 0) ranking.push(technical.shift()!);
  }
  return ranking;
}
