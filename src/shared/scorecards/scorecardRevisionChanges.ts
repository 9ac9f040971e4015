import type { Rating } from '../schemas/rating.ts';

type Card = {
  ratings: Readonly<Record<string, Rating>>;
  ratingNotes: Readonly<Record<string, string>>;
  recommendation: Rating | null;
  takeaways: string;
  privateNote: string;
};

type Attribute = { readonly id: string; readonly name: string };

/** Text as the recruiter sees it: a missing note and a blank one read the same, and so do trailing spaces. */
function shown(text: string | undefined): string {
  return (text ?? '').trim();
}

/**
 * What a revision changed from the one before it, in the order the card shows it and named the way the card
 * labels it ("Rating on …", "Note on …"). A rating note that changed is a change even when the rating did not.
 */
export function scorecardRevisionChanges(
  previous: Card,
  current: Card,
  attributes: readonly Attribute[],
): string[] {
  const changes: string[] = [];
  for (const attribute of attributes) {
    if (previous.ratings[attribute.id] !== current.ratings[attribute.id]) {
      changes.push(`Rating on ${attribute.name}`);
    }
    if (shown(previous.ratingNotes[attribute.id]) !== shown(current.ratingNotes[attribute.id])) {
      changes.push(`Note on ${attribute.name}`);
    }
  }
  if (previous.recommendation !== current.recommendation) changes.push('Overall recommendation');
  if (shown(previous.takeaways) !== shown(current.takeaways)) changes.push('Key take-aways');
  if (shown(previous.privateNote) !== shown(current.privateNote)) changes.push('Private note');
  return changes;
}
