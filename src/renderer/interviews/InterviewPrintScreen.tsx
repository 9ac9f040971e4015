import { ratingLabels } from '../../shared/schemas/ratingLabels.ts';
import { routeHref } from '../lib/routeHref.ts';
import { formatDate } from '../lib/formatDate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { evidenceAttributesOf } from './evidenceAttributesOf.ts';
import { loadInterview } from './loadInterview.ts';
import { interviewStatusLabels } from '../lib/interviewStatusLabels.ts';
import { NoteDocumentView } from '../notes/NoteDocumentView.tsx';
import { SavePdfButton } from './SavePdfButton.tsx';
import './interviews.css';
import './print.css';

/**
 * `#/interviews/<id>/print`: the interview as a clean page (notes, then scorecard; no private note) with print
 * styles. An in-app page, because Electron's shell refuses new windows; "Print" opens the system dialog, and
 * "Save as PDF" saves one through the desktop shell (or the print dialog in a browser).
 */
export function InterviewPrintScreen({ id }: { id: string }) {
  const query = useQuery(`interview-print:${id}`, () => loadInterview(id));
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error')
    return (
      <ErrorAlert title="This interview could not be opened." error={query.error} onRetry={query.reload} />
    );
  const { interview, note, scorecard } = query.data;
  const attributes = evidenceAttributesOf(interview);
  const names = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
  const noteOf = (attributeId: string) => scorecard.ratingNotes[attributeId]?.trim() ?? '';
  // The exports' "Note" column, here only when there is a note to show, so a card without any stays narrow.
  const withNotes = attributes.some((attribute) => noteOf(attribute.id) !== '');
  const facts: Array<[string, string]> = [
    ['Candidate', interview.candidateName],
    ['Kit', interview.kit?.name ?? 'None'],
    ['Status', interviewStatusLabels[interview.status]],
    ['Started', interview.startedAt ? formatDate(interview.startedAt, true) : '—'],
    ['Ended', interview.endedAt ? formatDate(interview.endedAt, true) : '—'],
  ];
  return (
    <article className="print-view" aria-labelledby="print-title">
      <div className="print-toolbar no-print">
        <a className="back-link" href={routeHref({ name: 'interview', id })}>
          <Icon name="arrowLeft" />
          Back to the interview
        </a>
        <span className="print-toolbar-actions">
          <SavePdfButton candidateName={interview.candidateName} title={interview.title} />
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            Print
          </button>
        </span>
      </div>
      <h1 id="print-title" className="print-title" tabIndex={-1}>
        {interview.title} — {interview.candidateName}
      </h1>
      <dl className="print-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>Notes</h2>
      <NoteDocumentView document={note.document} attributeNames={names} />
      <h2>Scorecard</h2>
      <p className="muted">
        {scorecard.submittedAt
          ? `Revision ${scorecard.revision}, submitted ${formatDate(scorecard.submittedAt, true)}.`
          : `Draft, revision ${scorecard.revision}: not submitted.`}
      </p>
      {attributes.length > 0 && (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Attribute</th>
              <th scope="col">Rating</th>
              {withNotes && <th scope="col">Note</th>}
            </tr>
          </thead>
          <tbody>
            {attributes.map((attribute) => {
              const rating = scorecard.ratings[attribute.id];
              return (
                <tr key={attribute.id}>
                  <td>{attribute.category}</td>
                  <th scope="row">{attribute.name}</th>
                  <td>{rating ? ratingLabels[rating] : 'Not rated'}</td>
                  {withNotes && <td className="print-rating-note">{noteOf(attribute.id)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        <strong>Overall recommendation:</strong>{' '}
        {scorecard.recommendation ? ratingLabels[scorecard.recommendation] : 'Not given'}
      </p>
      {scorecard.evidence.length > 0 && (
        <>
          <h3>Evidence</h3>
          {attributes.map((attribute) => {
            const passages = scorecard.evidence.filter((item) => item.attributeId === attribute.id);
            if (passages.length === 0) return null;
            return (
              <section key={attribute.id} className="print-evidence">
                <h4>{attribute.name}</h4>
                <ul>
                  {passages.map((passage, index) => (
                    <li key={index}>
                      <q>{passage.text}</q>
                      {passage.questionText && <em> — {passage.questionText}</em>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
      <h3>Key take-aways</h3>
      <p className="print-takeaways">
        {scorecard.takeaways.trim() === '' ? 'None written.' : scorecard.takeaways}
      </p>
    </article>
  );
}
