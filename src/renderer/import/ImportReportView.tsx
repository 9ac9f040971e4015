import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import { routeHref } from '../lib/routeHref.ts';

type Report = MethodOutput<'candidates.import'>;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** What an import did: how many were added, and each row left out with its row number and reason. */
export function ImportReportView({
  report,
  onViewCandidates,
  onAnother,
}: {
  report: Report;
  onViewCandidates: () => void;
  onAnother: () => void;
}) {
  return (
    <section className="card import-report" aria-labelledby="report-title">
      <h2 id="report-title" className="section-title" tabIndex={-1}>
        {report.cancelled
          ? 'Import cancelled'
          : report.committed
            ? 'Import finished'
            : 'Nothing was imported'}
      </h2>
      <ul className="import-summary">
        <li>{plural(report.imported, 'candidate imported', 'candidates imported')}</li>
        {report.cancelled && <li>The import was cancelled; everything it had saved was taken back.</li>}
        {report.notes > 0 && (
          <li>{plural(report.notes, 'note added', 'notes added')}, searchable like any note</li>
        )}
        {report.invalid > 0 && (
          <li>{plural(report.invalid, 'row was not imported', 'rows were not imported')}</li>
        )}
        {report.duplicates > 0 && (
          <li>{plural(report.duplicates, 'row skipped as a duplicate', 'rows skipped as duplicates')}</li>
        )}
        {report.droppedColumns.map((column) => (
          <li key={column.column}>
            Column “{column.column}” was not imported: {plural(column.values, 'value', 'values')} left out
          </li>
        ))}
        {!report.committed && !report.cancelled && (
          <li>
            {plural(report.importable, 'row was valid', 'rows were valid')}, but you chose to import nothing
            if any row is invalid.
          </li>
        )}
      </ul>
      {report.errors.length > 0 && (
        <>
          <h3 id="report-errors" className="subsection-title">
            Rows not imported
          </h3>
          <ol className="import-errors" aria-labelledby="report-errors">
            {report.errors.map((error) => (
              <li key={error.row}>{error.message}</li>
            ))}
          </ol>
          {report.invalid > report.errors.length && (
            <p className="field-hint">The first {report.errors.length.toLocaleString()} are listed.</p>
          )}
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <h3 id="report-duplicates" className="subsection-title">
            Skipped as duplicates
          </h3>
          <ol className="import-errors" aria-labelledby="report-duplicates">
            {report.skipped.map((skip) => (
              <li key={skip.row}>
                Row {skip.row}: {skip.email}{' '}
                {skip.existingCandidateId ? (
                  <a href={routeHref({ name: 'candidate', id: skip.existingCandidateId })}>
                    is already a candidate
                  </a>
                ) : (
                  `is also in row ${skip.firstRow}`
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="import-actions">
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
        <button type="button" className="button button-primary" onClick={onViewCandidates}>
          View candidates
        </button>
      </div>
    </section>
  );
}
