import { useId, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import {
  candidateImportFields,
  type CandidateImportField,
} from '../../shared/schemas/candidateImportFields.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { loadStages } from '../lib/loadStages.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { checkRowsInChunks } from './checkRowsInChunks.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { importFieldLabels } from './importFieldLabels.ts';
import { readFileText } from './readFileText.ts';
import './import.css';

type Preview = MethodOutput<'candidates.importPreview'>;
type Report = MethodOutput<'candidates.import'>;
type Phase = 'choose' | 'reading' | 'preview' | 'checking' | 'saving' | 'done';

/**
 * `#/import`: pick a CSV file, check how its columns map to candidate fields, then import it in one go.
 * Progress is real: reading the file, then checking every row in chunks, then one all-or-nothing save.
 */
export function ImportScreen({ navigate }: { navigate: Navigate }) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, CandidateImportField>>({});
  const [strict, setStrict] = useState(false);
  const [progress, setProgress] = useState<{ value: number | null; text: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const csv = useRef('');
  const fileId = useId();
  const strictId = useId();
  const announce = useAnnounce();

  async function choose(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setPreview(null);
    setReport(null);
    setFailure(null);
    setPhase('reading');
    setProgress({ value: 0, text: `Reading ${file.name}…` });
    try {
      csv.current = await readFileText(file, (fraction) =>
        setProgress({ value: Math.round(fraction * 100), text: `Reading ${file.name}…` }),
      );
      const result = await api.candidates.importPreview({ csv: csv.current });
      setPreview(result);
      setMapping(result.suggestedMapping);
      setPhase('preview');
      setProgress(null);
      announce(
        `${file.name}: ${result.rowCount.toLocaleString()} rows and ${result.columns.length} columns found.`,
      );
    } catch (error) {
      setPhase('choose');
      setProgress(null);
      setFailure({ title: 'This file cannot be imported.', error });
    }
  }

  async function runImport() {
    if (!preview || phase !== 'preview') return;
    const fields = preview.columns.map((column) => mapping[column.key] ?? 'ignore');
    setFailure(null);
    setPhase('checking');
    try {
      const stages = await loadStages();
      const checked = await checkRowsInChunks(csv.current, fields, stages, (done, total) =>
        setProgress({
          value: Math.round((done / Math.max(total, 1)) * 90),
          text: `Checked ${done.toLocaleString()} of ${total.toLocaleString()} rows…`,
        }),
      );
      setPhase('saving');
      setProgress({
        value: null,
        text: `Saving ${(checked.rows - checked.invalid).toLocaleString()} candidates…`,
      });
      const result = await api.candidates.import({
        csv: csv.current,
        mapping,
        mode: strict ? 'all-or-nothing' : 'skip-invalid',
      });
      setReport(result);
      setProgress({ value: 100, text: result.committed ? 'Import finished.' : 'Nothing was imported.' });
      setPhase('done');
      const rowsLabel = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'row' : 'rows'}`;
      announce(
        result.committed
          ? `${result.imported.toLocaleString()} ${result.imported === 1 ? 'candidate' : 'candidates'} imported.` +
              (result.invalid ? ` ${rowsLabel(result.invalid)} not imported.` : '')
          : `Nothing was imported: ${rowsLabel(result.invalid)} not valid.`,
      );
    } catch (error) {
      setPhase('preview');
      setProgress(null);
      setFailure({ title: 'The import failed. Nothing was imported.', error });
    }
  }

  const hasName = Object.values(mapping).some(
    (field) => field === 'name' || field === 'firstName' || field === 'lastName',
  );
  const busy = phase === 'reading' || phase === 'checking' || phase === 'saving';

  return (
    <section className="page" aria-labelledby="import-title">
      <a className="back-link" href={routeHref({ name: 'candidates' })}>
        <Icon name="arrowLeft" />
        All candidates
      </a>
      <header className="page-header">
        <div>
          <h1 id="import-title" className="page-title" tabIndex={-1}>
            Import candidates
          </h1>
          <p className="page-subtitle">
            From a spreadsheet or another ATS, as CSV. Rows whose email is already here are skipped.
          </p>
        </div>
      </header>

      <div className="card import-step">
        <label className="field-label" htmlFor={fileId}>
          CSV file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {fileName && phase !== 'reading' && preview && (
          <p className="field-hint">
            {fileName}: {preview.rowCount.toLocaleString()} rows, {preview.columns.length} columns
            {preview.delimiter === ','
              ? ''
              : `, separated by ${preview.delimiter === ';' ? 'semicolons' : 'tabs'}`}
            .
          </p>
        )}
      </div>

      {failure && <ErrorAlert title={failure.title} error={failure.error} />}

      {progress && (
        <div className="import-progress">
          <progress aria-label="Import progress" max={100} value={progress.value ?? undefined} />
          <p aria-live="polite">{progress.text}</p>
        </div>
      )}

      {preview && phase !== 'done' && (
        <>
          <h2 className="section-title" id="mapping-title">
            Columns
          </h2>
          <div className="table-frame">
            <table className="table import-mapping" aria-labelledby="mapping-title">
              <thead>
                <tr>
                  <th scope="col">Column in the file</th>
                  <th scope="col">Import as</th>
                  <th scope="col">Examples</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map((column) => (
                  <tr key={column.key}>
                    <th scope="row">{column.key}</th>
                    <td>
                      <div className="select-wrap">
                        <select
                          className="input select"
                          aria-label={`Map column ${column.key}`}
                          value={mapping[column.key] ?? 'ignore'}
                          disabled={busy}
                          onChange={(event) =>
                            setMapping((current) => ({
                              ...current,
                              [column.key]: event.target.value as CandidateImportField,
                            }))
                          }
                        >
                          {candidateImportFields.map((field) => (
                            <option key={field} value={field}>
                              {importFieldLabels[field]}
                            </option>
                          ))}
                        </select>
                        <Icon name="chevronDown" />
                      </div>
                    </td>
                    <td className="import-samples">{column.samples.join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2 className="section-title" id="rows-title">
            First rows
          </h2>
          <div className="table-frame">
            <table className="table import-rows" aria-labelledby="rows-title">
              <thead>
                <tr>
                  {preview.columns.map((column) => (
                    <th key={column.key} scope="col">
                      {column.key}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((cells, index) => (
                  <tr key={index}>
                    {cells.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="import-actions">
            <label className="checkbox" htmlFor={strictId}>
              <input
                id={strictId}
                type="checkbox"
                checked={strict}
                disabled={busy}
                onChange={(event) => setStrict(event.target.checked)}
              />
              Import nothing if any row is invalid
            </label>
            {!hasName && <p className="field-error">Choose the column that holds each candidate’s name.</p>}
            <button
              type="button"
              className="button button-primary"
              aria-disabled={busy || !hasName || undefined}
              onClick={() => hasName && void runImport()}
            >
              Import {preview.rowCount.toLocaleString()} {preview.rowCount === 1 ? 'candidate' : 'candidates'}
            </button>
          </div>
        </>
      )}

      {report && phase === 'done' && (
        <ImportReportView
          report={report}
          onViewCandidates={() => navigate({ name: 'candidates' })}
          onAnother={() => {
            setPhase('choose');
            setPreview(null);
            setReport(null);
            setProgress(null);
            setFileName(null);
          }}
        />
      )}
    </section>
  );
}
