import { expect, it } from 'vitest';
import { callTimesOf } from './callTimesOf.ts';

it('finds the call-time chips of a note, leaving out time-of-day chips', () => {
  expect(
    callTimesOf({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'timestamp', attrs: { seconds: 12, at: null, label: '00:12' } },
            { type: 'text', text: 'Talks about caching' },
            { type: 'timestamp', attrs: { seconds: null, at: '2026-05-01T10:00:00.000Z', label: '10:00' } },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'timestamp', attrs: { seconds: 75 } }] }],
            },
          ],
        },
      ],
    }),
  ).toEqual([12, 75]);
});
