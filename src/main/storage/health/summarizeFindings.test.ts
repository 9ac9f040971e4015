import { expect, it } from 'vitest';
import { summarizeFindings } from './summarizeFindings.ts';

it('keeps the first problem quick_check reported, and counts the rest', () => {
  expect(
    summarizeFindings([
      '*** in database main ***\nTree 4 page 74: unable to get the page. error code=11\nTree 34 page 34: unable to get the page. error code=11',
      'Tree 9 page 9: unable to get the page. error code=11',
    ]),
  ).toBe('Tree 4 page 74: unable to get the page. error code=11 (and 2 more problems)');
  expect(summarizeFindings(['database disk image is malformed (SQLITE_CORRUPT)'])).toBe(
    'database disk image is malformed (SQLITE_CORRUPT)',
  );
});
