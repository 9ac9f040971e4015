import { expect, it } from 'vitest';
import { ApiCallError } from '../api/ApiCallError.ts';
import { describeSaveFailure } from './describeSaveFailure.ts';

it('says the disk is full and that nothing was lost, in the backend’s words, and keeps trying', () => {
  const message =
    'The disk is full, so this change was not saved. Nothing saved before was lost. Free up some disk space, then try again.';
  const described = describeSaveFailure(new ApiCallError({ code: 'disk_full', message }));
  expect(described).toEqual({ message: `${message} Rapport keeps trying.`, permanent: false });
  expect(described.message).not.toMatch(/Something went wrong/);
});

it('stops retrying once the database is damaged, and says so with the file named', () => {
  const message =
    'Rapport’s database file /data/rapport.sqlite3 is damaged, so Rapport has stopped writing to it.';
  expect(describeSaveFailure(new ApiCallError({ code: 'database_damaged', message }))).toEqual({
    message,
    permanent: true,
  });
});

it('keeps retrying when the backend is unreachable for a moment', () => {
  expect(describeSaveFailure(new TypeError('Failed to fetch'))).toMatchObject({ permanent: false });
});
