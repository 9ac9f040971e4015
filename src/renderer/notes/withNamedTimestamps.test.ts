import { getSchema } from '@tiptap/core';
import { expect, test } from 'vitest';
import { formatClockTime } from '../../shared/time/formatClockTime.ts';
import { createNoteExtensions } from './editor/createNoteExtensions.ts';
import { withNamedTimestamps } from './withNamedTimestamps.ts';

const schema = getSchema(
  withNamedTimestamps(
    createNoteExtensions({ attributeName: () => undefined, slashMenu: null, elapsedSeconds: () => null }),
  ),
);

function rendered(attrs: Record<string, unknown>) {
  const type = schema.nodes.timestamp!;
  return type.spec.toDOM!(type.create(attrs)) as [string, Record<string, string>, string];
}

test('a chip stamped in the call is named "Call time 01:05"', () => {
  const [tag, attributes, label] = rendered({ seconds: 65, label: '01:05' });
  expect(tag).toBe('time');
  expect(attributes['aria-label']).toBe('Call time 01:05');
  expect(attributes.role).toBe('img');
  expect(attributes['data-seconds']).toBe('65');
  expect(label).toBe('01:05');
});

test('a chip stamped with no call running is named "Time of day 6:25 PM", in the locale’s clock', () => {
  const at = new Date(2026, 2, 12, 18, 25).toISOString();
  try {
    formatClockTime.useLocale('en-US');
    const [, attributes, label] = rendered({ at, label: '18:25' });
    expect(attributes['aria-label']!.replace(/\s/g, ' ')).toBe('Time of day 6:25 PM');
    expect(label.replace(/\s/g, ' ')).toBe('6:25 PM');
    expect(attributes['data-at']).toBe(at);
    formatClockTime.useLocale('en-GB');
    expect(rendered({ at, label: '6:25 PM' })[1]['aria-label']).toBe('Time of day 18:25');
  } finally {
    formatClockTime.useLocale(undefined);
  }
});

test('every other node is left exactly as it was', () => {
  const plain = createNoteExtensions({
    attributeName: () => undefined,
    slashMenu: null,
    elapsedSeconds: () => null,
  });
  const named = withNamedTimestamps(plain);
  expect(
    named.filter((extension, index) => extension !== plain[index]).map((extension) => extension.name),
  ).toEqual(['timestamp']);
});
