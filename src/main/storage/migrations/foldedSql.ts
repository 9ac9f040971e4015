/**
 * Letters unicode61's remove_diacritics cannot fold because Unicode gives them no decomposition, so "lodz" would
 * never find "Łódź". Frozen: migrations 0040 and 0070 index with it, and the search code folds queries with its
 * own copy (a test checks they agree); changing it would make old indexes disagree with new queries.
 */
const letterFolds: ReadonlyArray<readonly [string, string]> = [
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ð', 'd'],
  ['Ð', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ŧ', 't'],
  ['Ŧ', 'T'],
  ['ŀ', 'l'],
  ['Ŀ', 'L'],
  ['ĸ', 'k'],
  ['ſ', 's'],
  ['ß', 'ss'],
  ['ẞ', 'SS'],
  ['æ', 'ae'],
  ['Æ', 'AE'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
  ['þ', 'th'],
  ['Þ', 'TH'],
];

/**
 * `replace(replace(column, 'ł', 'l'), …)`: plain SQL, so any connection (even the sqlite3 shell) indexes alike.
 * Pure-ASCII text (most emails, phones, roles) skips the 25 replaces: its UTF-8 is as long as its characters.
 */
export function foldedSql(expression: string): string {
  const chain = letterFolds.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, expression);
  return `CASE WHEN length(${expression}) = length(CAST(${expression} AS BLOB)) THEN ${expression} ELSE ${chain} END`;
}
