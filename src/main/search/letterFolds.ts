/**
 * Letters with no Unicode decomposition, which unicode61 therefore cannot fold: the index folds them with the
 * same table (migrations keep their own frozen copy in foldedSql.ts, and a test checks the two agree).
 */
export const letterFolds: ReadonlyArray<readonly [string, string]> = [
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
