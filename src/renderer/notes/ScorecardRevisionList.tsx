import { useEffect, useState } from 'react';
import { scorecardRevisionChanges } from '../../shared/scorecards/scorecardRevisionChanges.ts';
import { ratingLabels } from '../../shared/schemas/ratingLabels.ts';
import type { ScorecardRevision } from '../../shared/schemas/scorecardRevision.ts';
import { api } from '../api/api.ts';
import { formatDate } from '../lib/formatDate.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { EvidenceAttribute } from './EvidenceAttribute.ts';

type Props = {
  interviewId: string;
  /** The kit's attributes in card order, to name the ratings. */
  attributes: readonly EvidenceAttribute[];
  idPrefix: string;
};

/**
 * The scorecard's submitted revisions, newest first: what each changed from the one before (a rating note
 * counts), and on "Show" its ratings with their notes, the recommendation and the take-aways.
 */
export function ScorecardRevisionList({ interviewId, attributes, idPrefix }: Props) {
  const [items, setItems] = useState<ScorecardRevision[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState<number | null>(null);
  const headingId = `${idPrefix}-scorecard`;

  useEffect(() => {
    let current = true;
    // After the saves, so a submit just clicked is listed.
    appSaveQueue
      .run(() => api.scorecards.revisions({ interviewId }))
      .then(
        (result) => current && setItems(result.items),
        (failure: unknown) => current && setError(failure),
      );
    return () => {
      current = false;
    };
  }, [interviewId]);

  return (
    <section className="dialog-body revision-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="revision-section-title">
        Scorecard
      </h3>
      <p className="muted">Each submit keeps the scorecard as it was; editing it starts the next revision.</p>
      {error !== null && <ErrorAlert error={error} />}
      {items === null && error === null && <Loading />}
      {items !== null && items.length === 0 && <p>No scorecard submitted yet.</p>}
      {items !== null && items.length > 0 && (
        <ol className="revision-list">
          {items.map((item, index) => {
            const previous = items[index + 1];
            const changes = previous ? scorecardRevisionChanges(previous, item, attributes) : null;
            const describedBy = `${headingId}-${item.revision}`;
            const detailsId = `${describedBy}-details`;
            const open = shown === item.revision;
            return (
              <li key={item.revision} className="revision-item" data-shown={open ? 'true' : undefined}>
                <div className="revision-summary">
                  <p className="revision-time" id={describedBy}>
                    <strong>Revision {item.revision}</strong>
                    <span className="muted">
                      {' '}
                      · <time dateTime={item.submittedAt}>{formatDate(item.submittedAt, true)}</time>
                    </span>
                    <span className="muted">
                      {' '}
                      · Recommendation:{' '}
                      {item.recommendation ? ratingLabels[item.recommendation] : 'Not given'}
                    </span>
                  </p>
                  <p className="revision-changes">
                    {changes === null
                      ? 'First submitted.'
                      : changes.length === 0
                        ? `No changes from revision ${previous!.revision}.`
                        : `Changed from revision ${previous!.revision}: ${changes.join(', ')}.`}
                  </p>
                </div>
                <div className="revision-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={open}
                    aria-controls={open ? detailsId : undefined}
                    aria-describedby={describedBy}
                    onClick={() => setShown(open ? null : item.revision)}
                  >
                    {open ? 'Hide' : 'Show'}
                  </button>
                </div>
                {open && (
                  <dl className="revision-scorecard" id={detailsId}>
                    {attributes.map((attribute) => {
                      const rating = item.ratings[attribute.id];
                      const note = item.ratingNotes[attribute.id]?.trim() ?? '';
                      return (
                        <div key={attribute.id}>
                          <dt>{attribute.name}</dt>
                          <dd>{rating ? ratingLabels[rating] : 'Not rated'}</dd>
                          {note !== '' && <dd className="revision-rating-note">{note}</dd>}
                        </div>
                      );
                    })}
                    <div>
                      <dt>Overall recommendation</dt>
                      <dd>{item.recommendation ? ratingLabels[item.recommendation] : 'Not given'}</dd>
                    </div>
                    <div>
                      <dt>Key take-aways</dt>
                      <dd className="revision-scorecard-text">{item.takeaways.trim() || 'None written.'}</dd>
                    </div>
                    {item.privateNote.trim() !== '' && (
                      <div>
                        <dt>Private note</dt>
                        <dd className="revision-scorecard-text">{item.privateNote.trim()}</dd>
                      </div>
                    )}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
