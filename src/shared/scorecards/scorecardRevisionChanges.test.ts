import { expect, it } from 'vitest';
import { scorecardRevisionChanges } from './scorecardRevisionChanges.ts';

const attributes = [
  { id: 'solving', name: 'Problem solving' },
  { id: 'talking', name: 'Communication' },
];

const first = {
  ratings: { solving: 'yes', talking: 'no' } as const,
  ratingNotes: { solving: 'Found the bug in minutes.' },
  recommendation: 'yes' as const,
  takeaways: 'Solid.',
  privateNote: '',
};

it('an identical revision changes nothing', () => {
  expect(scorecardRevisionChanges(first, { ...first }, attributes)).toEqual([]);
});

it('a changed rating note counts as a change even when its rating stayed', () => {
  const next = { ...first, ratingNotes: { solving: 'Found the bug, then wrote the test first.' } };
  expect(scorecardRevisionChanges(first, next, attributes)).toEqual(['Note on Problem solving']);
});

it('a note added, or one removed, is a change; a missing note and a blank one are the same', () => {
  expect(
    scorecardRevisionChanges(
      first,
      { ...first, ratingNotes: { ...first.ratingNotes, talking: 'Rambled.' } },
      attributes,
    ),
  ).toEqual(['Note on Communication']);
  expect(scorecardRevisionChanges(first, { ...first, ratingNotes: {} }, attributes)).toEqual([
    'Note on Problem solving',
  ]);
  expect(
    scorecardRevisionChanges(
      first,
      { ...first, ratingNotes: { solving: 'Found the bug in minutes.  ', talking: ' ' } },
      attributes,
    ),
  ).toEqual([]);
});

it('lists every change in the order the card shows it', () => {
  const next = {
    ratings: { solving: 'strong_yes', talking: 'no' } as const,
    ratingNotes: { talking: 'Clearer the second time.' },
    recommendation: 'strong_yes' as const,
    takeaways: 'Solid; hire.',
    privateNote: 'Wants to start in May.',
  };
  expect(scorecardRevisionChanges(first, next, attributes)).toEqual([
    'Rating on Problem solving',
    'Note on Problem solving',
    'Note on Communication',
    'Overall recommendation',
    'Key take-aways',
    'Private note',
  ]);
});
