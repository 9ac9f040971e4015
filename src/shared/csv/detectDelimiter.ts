import { csvDelimiters, type CsvDelimiter } from './CsvDelimiter.ts';

/** The delimiter that splits the header line into the most fields, outside quotes; comma when in doubt. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(csvDelimiters.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let index = 0; index < text.length && index < 64 * 1024; index += 1) {
    const character = text[index]!;
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && counts.has(character as CsvDelimiter)) {
      counts.set(character as CsvDelimiter, counts.get(character as CsvDelimiter)! + 1);
    }
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of csvDelimiters) if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  return best;
}
