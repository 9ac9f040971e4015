import { searchFieldNames, type SearchFieldName } from '../../../shared/search/searchFieldNames.ts';
import type { SearchToken } from './SearchToken.ts';

const fields = new Map<string, SearchFieldName>([
  ...searchFieldNames.map((field) => [field, field] as const),
  ['tags', 'tag'],
]);
const operators = new Map<string, SearchToken>([
  ['AND', { kind: 'and' }],
  ['OR', { kind: 'or' }],
  ['NOT', { kind: 'not' }],
]);
const space = /\s/u;

/**
 * Splits cleaned query text into tokens. Operators count only in capitals (`and`, `or`, `not` stay words), a `-`
 * negates only when stuck to what follows, and `word:` is a field only when it names one; `unknownFields`
 * collects the others (`colour:`), which stay text.
 */
export function tokenizeSearch(text: string): { tokens: SearchToken[]; unknownFields: string[] } {
  const tokens: SearchToken[] = [];
  const unknownFields: string[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position]!;
    if (space.test(character)) {
      position += 1;
    } else if (character === '(' || character === ')') {
      tokens.push({ kind: character === '(' ? 'open' : 'close' });
      position += 1;
    } else if (character === '"') {
      const end = text.indexOf('"', position + 1);
      const closed = end !== -1;
      tokens.push({ kind: 'phrase', text: text.slice(position + 1, closed ? end : text.length), closed });
      position = closed ? end + 1 : text.length;
    } else if (character === '-' && position + 1 < text.length && !space.test(text[position + 1]!)) {
      tokens.push({ kind: 'minus' });
      position += 1;
    } else {
      const field = /^([A-Za-z]+):/.exec(text.slice(position, position + 16));
      const known = field ? fields.get(field[1]!.toLowerCase()) : undefined;
      if (field && known) {
        tokens.push({ kind: 'field', field: known });
        position += field[0].length;
        continue;
      }
      if (field && !['http', 'https', 'mailto'].includes(field[1]!.toLowerCase()))
        unknownFields.push(field[1]!);
      let end = position;
      while (end < text.length && !space.test(text[end]!) && text[end] !== '(' && text[end] !== ')') end += 1;
      const word = text.slice(position, end);
      tokens.push(operators.get(word) ?? { kind: 'word', text: word });
      position = end;
    }
  }
  return { tokens, unknownFields };
}
