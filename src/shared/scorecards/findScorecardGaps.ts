import type { KitDefinition } from '../schemas/kitDefinition.ts';
import type { Rating } from '../schemas/rating.ts';
import type { ScorecardGap } from './ScorecardGap.ts';

type Card = {
  ratings: Readonly<Record<string, Rating>>;
  ratingNotes: Readonly<Record<string, string>>;
  recommendation: Rating | null;
};

/**
 * What stops a scorecard from being submitted, in the order the card shows it: every attribute rated (or an
 * explicit "No decision"), a note on each rating when the kit asks for one, and an overall recommendation.
 * The pane and the server both ask this, so a bypassed UI cannot submit an empty card.
 */
export function findScorecardGaps(definition: KitDefinition | null, card: Card): ScorecardGap[] {
  const gaps: ScorecardGap[] = [];
  // Kits stored before the setting existed have no such field: they ask for no notes.
  const notesRequired = definition?.requireRatingNotes === true;
  for (const category of definition?.attributeCategories ?? []) {
    for (const attribute of category.attributes) {
      const rating = card.ratings[attribute.id];
      if (rating === undefined) {
        gaps.push({
          kind: 'rating',
          attributeId: attribute.id,
          message: `Rate “${attribute.name}” or choose No decision`,
        });
      } else if (notesRequired && rating !== 'no_decision' && !card.ratingNotes[attribute.id]?.trim()) {
        gaps.push({
          kind: 'note',
          attributeId: attribute.id,
          message: `Add a note on “${attribute.name}”`,
        });
      }
    }
  }
  if (card.recommendation === null) {
    gaps.push({ kind: 'recommendation', message: 'Choose an overall recommendation' });
  }
  return gaps;
}
