import { expect, it } from 'vitest';
import { parseJoinLink } from './joinLink.ts';

it('reads the room from the path and the token from the fragment only', () => {
  expect(parseJoinLink('/join/abc_DEF-123', '#token=s3cr3t')).toEqual({
    roomId: 'abc_DEF-123',
    token: 's3cr3t',
  });
  expect(parseJoinLink('/join/abc/', '#token=t')).toEqual({ roomId: 'abc', token: 't' });
  expect(parseJoinLink('/join/abc', '')).toBeNull();
  expect(parseJoinLink('/join/abc', '#other=1')).toBeNull();
  expect(parseJoinLink('/join/../etc', '#token=t')).toBeNull();
  expect(parseJoinLink('/elsewhere/abc', '#token=t')).toBeNull();
});
