import { letterFolds } from './letterFolds.ts';

const table = new Map(letterFolds);
const pattern = new RegExp(`[${letterFolds.map(([from]) => from).join('')}]`, 'gu');

/** "Łódź" → "Lódź": what the index did to the text before unicode61 removed the remaining accents. */
export function foldLetters(text: string): string {
  return text.replace(pattern, (letter) => table.get(letter) ?? letter);
}
