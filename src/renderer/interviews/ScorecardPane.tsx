import { useEffect, useId, useRef, useState } from 'react';
import { findScorecardGaps } from '../../shared/scorecards/findScorecardGaps.ts';
import type { ScorecardGap } from '../../shared/scorecards/ScorecardGap.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Rating } from '../../shared/schemas/rating.ts';
import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import { api } from '../api/api.ts';
import { formatDate } from '../lib/formatDate.ts';
import { appSaveQueue } from '../saving/appSaveQueue.ts';
import { scorecardSaveTarget } from '../saving/scorecardSaveTarget.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { RatingGroup } from './RatingGroup.tsx';
import { scorecardSaveKey } from './scorecardSaveKey.ts';

type Fields = {
  ratings: Record<string, Rating>;
  ratingNotes: Record<string, string>;
  recommendation: Rating | null;
  takeaways: string;
  privateNote: string;
};

type Props = {
  interview: Interview;
  scorecard: Scorecard;
  evidence: Scorecard['evidence'];
  /** Opens the feedback drafted from the submitted card. */
  onWriteFeedback: () => void;
};

/**
 * The scorecard: one rating per kit attribute with the evidence tagged in the notes, an overall
 * recommendation, key take-aways and a private note. Autosaved through the same queue as the notes.
 * "Submit scorecard" needs every attribute rated (or No decision), the notes the kit asks for and a
 * recommendation, and then locks the card; "Edit submitted scorecard" opens the next revision.
 */
export function ScorecardPane({ interview, scorecard, evidence, onWriteFeedback }: Props) {
  const key = scorecardSaveKey(interview.id);
  const id = useId();
  const [fields, setFields] = useState<Fields>({
    ratings: scorecard.ratings,
    ratingNotes: scorecard.ratingNotes,
    recommendation: scorecard.recommendation,
    takeaways: scorecard.takeaways,
    privateNote: scorecard.privateNote,
  });
  const [revision, setRevision] = useState({
    number: scorecard.revision,
    submittedAt: scorecard.submittedAt,
  });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  // Shown once a Submit was refused, and kept up to date as the gaps are filled.
  const [showGaps, setShowGaps] = useState(false);
  const [reopening, setReopening] = useState(false);
  const latest = useRef(fields);
  const card = useRef<HTMLDivElement>(null);
  const definition = interview.kit?.definition ?? null;
  const categories = definition?.attributeCategories ?? [];
  const notesRequired = definition?.requireRatingNotes === true;
  const attributes = categories.flatMap((category) => category.attributes);
  const unrated = attributes.filter((attribute) => !fields.ratings[attribute.id]);
  const gaps = findScorecardGaps(definition, fields);
  const noteId = (attributeId: string) => `${id}-note-${attributeId}`;

  useEffect(() => {
    appSaveQueue.register(
      key,
      scorecardSaveTarget({
        api,
        queue: appSaveQueue,
        key,
        interviewId: interview.id,
        read: () => latest.current,
        onStored: (saved) => setRevision({ number: saved.revision, submittedAt: saved.submittedAt }),
      }),
      scorecard.sequence,
    );
    return () => appSaveQueue.unregister(key);
  }, [key, interview.id, scorecard.sequence]);

  function change(update: Partial<Fields>) {
    const next = { ...latest.current, ...update };
    latest.current = next;
    setFields(next);
    appSaveQueue.change(key);
  }

  function rate(attributeId: string, rating: Rating) {
    change({ ratings: { ...latest.current.ratings, [attributeId]: rating } });
  }

  function writeNote(attributeId: string, note: string) {
    change({ ratingNotes: { ...latest.current.ratingNotes, [attributeId]: note } });
  }

  /** Puts the caret where the gap is: the rating's first choice, the note's box, or the recommendation. */
  function focusGap(gap: ScorecardGap) {
    const root = card.current;
    if (!root) return;
    const target =
      gap.kind === 'note'
        ? document.getElementById(noteId(gap.attributeId))
        : root.querySelector<HTMLInputElement>(
            `input[name="${CSS.escape(
              gap.kind === 'rating' ? `${interview.id}-${gap.attributeId}` : `${interview.id}-overall`,
            )}"]`,
          );
    target?.focus();
  }

  async function submit() {
    const missing = findScorecardGaps(definition, latest.current);
    if (missing.length > 0) {
      setShowGaps(true);
      setSubmitError(null);
      focusGap(missing[0]!);
      return;
    }
    setShowGaps(false);
    setSubmitting(true);
    setSubmitError(null);
    try {
      // Through the queue, so every rating given before the click is stored before the submit.
      const submitted = await appSaveQueue.run(() => api.scorecards.submit({ interviewId: interview.id }));
      setRevision({ number: submitted.revision, submittedAt: submitted.submittedAt });
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  async function reopen() {
    setReopening(true);
    setSubmitError(null);
    try {
      const reopened = await appSaveQueue.run(() => api.scorecards.reopen({ interviewId: interview.id }));
      setRevision({ number: reopened.revision, submittedAt: reopened.submittedAt });
    } catch (error) {
      setSubmitError(error);
    } finally {
      setReopening(false);
    }
  }

  const submitted = revision.submittedAt !== null;
  return (
    // Leaving any control of the card saves it at once (React's onBlur bubbles like focusout).
    <div className="scorecard" ref={card} onBlur={() => appSaveQueue.flush()}>
      <div className="scorecard-header">
        <h2 className="pane-title">Scorecard</h2>
        {/* Announced where it is shown, not in the app's toast, so the page keeps one status region: the save status. */}
        <div aria-live="polite">
          {submitted ? (
            <p className="scorecard-state" data-state="submitted">
              <span className="badge badge-submitted">Submitted</span>{' '}
              <span className="scorecard-state-detail">
                Revision {revision.number}, {formatDate(revision.submittedAt!, true)}. Editing it starts
                revision {revision.number + 1}.
              </span>
            </p>
          ) : (
            <p className="scorecard-state" data-state="draft">
              <span className="badge">Draft</span>{' '}
              <span className="scorecard-state-detail">
                {revision.number > 1
                  ? `Revision ${revision.number}, not submitted yet.`
                  : 'Not submitted yet.'}
              </span>
            </p>
          )}
        </div>
      </div>

      {categories.length === 0 && (
        <p className="muted">This interview has no kit, so there are no attributes to rate.</p>
      )}
      {categories.map((category) => (
        <section key={category.id} className="scorecard-category" aria-labelledby={`${id}-${category.id}`}>
          <h3 id={`${id}-${category.id}`} className="scorecard-category-title">
            {category.name}
          </h3>
          {category.attributes.map((attribute) => {
            const passages = evidence.filter((item) => item.attributeId === attribute.id);
            return (
              <div key={attribute.id} className="scorecard-attribute">
                <RatingGroup
                  label={attribute.name}
                  description={attribute.description || undefined}
                  name={`${interview.id}-${attribute.id}`}
                  value={fields.ratings[attribute.id] ?? null}
                  onChange={(rating) => rate(attribute.id, rating)}
                  disabled={submitted}
                />
                <div className="field scorecard-rating-note">
                  <label htmlFor={noteId(attribute.id)} className="field-label">
                    Note on {attribute.name}
                    {notesRequired ? ' (required)' : ''}
                  </label>
                  <textarea
                    id={noteId(attribute.id)}
                    className="input textarea"
                    rows={2}
                    readOnly={submitted}
                    value={fields.ratingNotes[attribute.id] ?? ''}
                    onChange={(event) => writeNote(attribute.id, event.target.value)}
                  />
                </div>
                {passages.length > 0 && (
                  <ul className="evidence-list" aria-label={`Evidence for ${attribute.name}`}>
                    {passages.map((passage, index) => (
                      <li key={index} className="evidence-item">
                        <q>{passage.text}</q>
                        {passage.questionText && (
                          <span className="evidence-question">{passage.questionText}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}

      <section className="scorecard-category" aria-label="Summary">
        <RatingGroup
          label="Overall recommendation"
          name={`${interview.id}-overall`}
          value={fields.recommendation}
          onChange={(rating) => change({ recommendation: rating })}
          headingLevel="h3"
          disabled={submitted}
        />
        <div className="field">
          <label htmlFor={`${id}-takeaways`} className="field-label">
            Key take-aways
          </label>
          <textarea
            id={`${id}-takeaways`}
            className="input textarea"
            rows={4}
            readOnly={submitted}
            value={fields.takeaways}
            onChange={(event) => change({ takeaways: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-private`} className="field-label">
            Private note
          </label>
          <p id={`${id}-private-hint`} className="field-hint">
            Only for you: left out of exports.
          </p>
          <textarea
            id={`${id}-private`}
            className="input textarea"
            rows={3}
            aria-describedby={`${id}-private-hint`}
            readOnly={submitted}
            value={fields.privateNote}
            onChange={(event) => change({ privateNote: event.target.value })}
          />
        </div>
      </section>

      {submitted && (
        <div className="scorecard-actions">
          <p className="field-hint">Draft an honest answer from the evidence: no ratings, no private note.</p>
          <button type="button" className="button button-primary" onClick={onWriteFeedback}>
            Write feedback
          </button>
          <button type="button" className="button" onClick={reopen} disabled={reopening}>
            Edit submitted scorecard
          </button>
        </div>
      )}
      {submitError !== null && (
        <ErrorAlert
          title={submitted ? 'The scorecard was not opened for editing.' : 'The scorecard was not submitted.'}
          error={submitError}
        />
      )}
      {showGaps && gaps.length > 0 && (
        <div role="alert" className="alert alert-error scorecard-gaps">
          <div className="alert-body">
            <p className="alert-title">The scorecard is not complete.</p>
            <ul>
              {gaps.map((gap) => (
                <li key={gap.kind === 'recommendation' ? gap.kind : `${gap.kind}-${gap.attributeId}`}>
                  {gap.message}.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {!submitted && (
        <div className="scorecard-actions">
          {unrated.length > 0 && (
            <p className="field-hint">
              {unrated.length === 1 ? '1 attribute is' : `${unrated.length} attributes are`} not rated yet.
            </p>
          )}
          <button type="button" className="button button-primary" onClick={submit} disabled={submitting}>
            Submit scorecard
          </button>
        </div>
      )}
    </div>
  );
}
