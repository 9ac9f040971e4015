import { expect, it } from 'vitest';
import type { KitDefinition } from '../schemas/kitDefinition.ts';
import { findScorecardGaps } from './findScorecardGaps.ts';

const kit = (requireRatingNotes: boolean): KitDefinition => ({
  sections: [],
  requireRatingNotes,
  attributeCategories: [
    {
      id: 'skills',
      name: 'Skills',
      attributes: [
        { id: 'solving', name: 'Problem solving', description: '' },
        { id: 'talking', name: 'Communication', description: '' },
      ],
    },
  ],
});

it('an empty card names every unrated attribute, in order, and the missing recommendation', () => {
  expect(findScorecardGaps(kit(false), { ratings: {}, ratingNotes: {}, recommendation: null })).toEqual([
    { kind: 'rating', attributeId: 'solving', message: 'Rate “Problem solving” or choose No decision' },
    { kind: 'rating', attributeId: 'talking', message: 'Rate “Communication” or choose No decision' },
    { kind: 'recommendation', message: 'Choose an overall recommendation' },
  ]);
});

it('"No decision" counts as rated; a card rated throughout with a recommendation has no gaps', () => {
  const card = { ratings: { solving: 'yes', talking: 'no_decision' } as const, ratingNotes: {} };
  expect(findScorecardGaps(kit(false), { ...card, recommendation: null })).toEqual([
    { kind: 'recommendation', message: 'Choose an overall recommendation' },
  ]);
  expect(findScorecardGaps(kit(false), { ...card, recommendation: 'no_decision' })).toEqual([]);
});

it('a kit that requires notes makes a rating without one (blank counts as none) a gap, but not No decision', () => {
  const card = {
    ratings: { solving: 'yes', talking: 'no_decision' } as const,
    recommendation: 'yes' as const,
  };
  expect(findScorecardGaps(kit(true), { ...card, ratingNotes: { solving: '   ' } })).toEqual([
    { kind: 'note', attributeId: 'solving', message: 'Add a note on “Problem solving”' },
  ]);
  expect(findScorecardGaps(kit(true), { ...card, ratingNotes: { solving: 'Found the bug fast.' } })).toEqual(
    [],
  );
});

it('without a kit (or with a kit stored before the setting) only the recommendation is needed', () => {
  expect(findScorecardGaps(null, { ratings: {}, ratingNotes: {}, recommendation: 'no' })).toEqual([]);
  const old = { ...kit(false) } as Partial<KitDefinition>;
  delete old.requireRatingNotes;
  expect(
    findScorecardGaps(old as KitDefinition, {
      ratings: { solving: 'yes', talking: 'yes' },
      ratingNotes: {},
      recommendation: 'yes',
    }),
  ).toEqual([]);
});
