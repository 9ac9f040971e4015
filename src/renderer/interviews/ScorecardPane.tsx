import { useEffect, useId, useRef, useState } from 'react';
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
  recommendation: Rating | null;
  takeaways: string;
  privateNote: string;
};

type Props = {
  interview: Interview;
  scorecard: Scorecard;
  evidence: Scorecard['evidence'];
};

/**
 * The scorecard: one rating per kit attribute with the evidence tagged in the notes, an overall
 * recommendation, key take-aways and a private note. Autosaved through the same queue as the notes.
 * "Submit scorecard" locks the current revision; a later edit becomes the next revision.
 */
export function ScorecardPane({ interview, scorecard, evidence }: Props) {
  const key = scorecardSaveKey(interview.id);
  const id = useId();
  const [fields, setFields] = useState<Fields>({
    ratings: scorecard.ratings,
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
  const latest = useRef(fields);
  const categories = interview.kit?.definition.attributeCategories ?? [];
  const attributes = categories.flatMap((category) => category.attributes);
  const unrated = attributes.filter((attribute) => !fields.ratings[attribute.id]);

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

  async function submit() {
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

  const submitted = revision.submittedAt !== null;
  return (
    // Leaving any control of the card saves it at once (React's onBlur bubbles like focusout).
    <div className="scorecard" onBlur={() => appSaveQueue.flush()}>
      <div className="scorecard-header">
        <h2 className="pane-title">Scorecard</h2>
        {/* Announced where it is shown, not in the app's toast, so the page keeps one status region: the save status. */}
        <div aria-live="polite">
          {submitted ? (
            <p className="scorecard-state" data-state="submitted">
              <span className="badge badge-submitted">Submitted</span>{' '}
              <span className="scorecard-state-detail">
                Revision {revision.number}, {formatDate(revision.submittedAt!, true)}. Any change starts
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
                />
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
        />
        <div className="field">
          <label htmlFor={`${id}-takeaways`} className="field-label">
            Key take-aways
          </label>
          <textarea
            id={`${id}-takeaways`}
            className="input textarea"
            rows={4}
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
            value={fields.privateNote}
            onChange={(event) => change({ privateNote: event.target.value })}
          />
        </div>
      </section>

      {submitError !== null && <ErrorAlert title="The scorecard was not submitted." error={submitError} />}
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
