import { cleanSearchText, readCharacters } from '../cleanSearchText.ts';
import type { ParsedSearch } from './ParsedSearch.ts';
import { parseBooleanTokens } from './parseBooleanTokens.ts';
import { plainWordsTree } from './plainWordsTree.ts';
import { SearchSyntaxError } from './SearchSyntaxError.ts';
import { tokenizeSearch } from './tokenizeSearch.ts';

/**
 * Reads a query. Plain words are searched as always (every word, the last one as a prefix while typing).
 * Anything with syntax in it (AND, OR, NOT, `-`, quotes, parentheses, `field:`, `word*`) is parsed into a tree.
 * A query that cannot be parsed (an unclosed parenthesis, a lone operator, `field:` with nothing after it) is
 * searched for its words only, with a hint that says why: any input gives an answer, never an error.
 */
export function parseSearch(text: string): ParsedSearch {
  const cleaned = cleanSearchText(text);
  const { tokens, unknownFields } = tokenizeSearch(cleaned);
  const notes: string[] = [];
  if (unknownFields.length > 0)
    notes.push(`“${unknownFields[0]}:” is not a field, so it was searched as words.`);
  if (text.length > readCharacters)
    notes.push(`Only the first ${readCharacters.toLocaleString('en')} characters were searched.`);
  const hint = (...more: string[]) => [...more, ...notes].join(' ') || null;

  const plain = tokens.every(
    (token) => token.kind === 'word' && !/[\p{L}\p{N}\p{M}\p{Co}]\*+$/u.test(token.text),
  );
  if (plain) return { tree: plainWordsTree(cleaned), plain: true, hint: hint() };
  try {
    const { tree, notices } = parseBooleanTokens(tokens);
    return { tree, plain: false, hint: hint(...notices) };
  } catch (error) {
    if (!(error instanceof SearchSyntaxError)) throw error;
    // The words alone, with the typing rule of plain words: what the person most likely meant so far.
    const words = tokens
      .map((token) =>
        token.kind === 'word' ? token.text.replace(/\*+$/u, '') : token.kind === 'phrase' ? token.text : '',
      )
      .filter((word) => word !== '')
      .join(' ');
    const last = tokens.at(-1);
    const typing =
      (last?.kind === 'word' || (last?.kind === 'phrase' && !last.closed)) && !/\s$/u.test(cleaned);
    const tree = plainWordsTree(typing ? words : `${words} `);
    return {
      tree,
      plain: false,
      hint: hint(`${error.message}${tree === null ? '.' : ', so this searched for the words only.'}`),
    };
  }
}
