import { useEffect, useId, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import { csvEncodings, type CsvEncoding } from '../../shared/csv/csvEncodings.ts';
import type { CandidateImportField } from '../../shared/schemas/candidateImportFields.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { encodingLabels } from './encodingLabels.ts';
import { ImportMappingTable } from './ImportMappingTable.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { summariseImport } from './summariseImport.ts';
import { uploadFile } from './uploadFile.ts';
import './import.css';

type Preview = MethodOutput<'candidates.importPreview'>;
type Report = MethodOutput<'candidates.import'>;
type Phase = 'choose' | 'uploading' | 'reading' | 'preview' | 'importing' | 'done';

const pollMs = 200;
const phaseText: Record<MethodOutput<'candidates.importProgress'>['phase'], string> = {
  starting: 'Starting…',
  checking: 'Checking rows',
  saving: 'Saving candidates',
  undoing: 'Taking back what was saved',
  finished: 'Finishing',
};

/**
 * `#/import`: pick a CSV file, check how its columns map to candidate fields, then import it. The file goes to
 * the backend in parts and is read there, in a worker; progress is real (bytes read, rows saved) and Cancel
 * takes back whatever was saved.
 */
export function ImportScreen({ navigate }: { navigate: Navigate }) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding | 'auto'>('auto');
  const [mapping, setMapping] = useState<Record<string, CandidateImportField>>({});
  const [strict, setStrict] = useState(false);
  const [progress, setProgress] = useState<{ value: number | null; text: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null);
  const uploadId = useRef<string | null>(null);
  const importId = useRef<string | null>(null);
  const aborter = useRef<AbortController | null>(null);
  const fileId = useId();
  const strictId = useId();
  const encodingId = useId();
  const announce = useAnnounce();

  useEffect(() => () => aborter.current?.abort(), []);

  async function readPreview(id: string, chosen: CsvEncoding | 'auto', name: string) {
    setPhase('reading');
    setProgress({ value: null, text: `Reading ${name}…` });
    const result = await api.candidates.importPreview({ uploadId: id, encoding: chosen });
    setPreview(result);
    setMapping(result.suggestedMapping);
    setPhase('preview');
    setProgress(null);
    announce(`${name}: ${result.rowCount.toLocaleString()} rows and ${result.columns.length} columns found.`);
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    aborter.current?.abort();
    aborter.current = new AbortController();
    setFileName(file.name);
    setPreview(null);
    setReport(null);
    setFailure(null);
    setEncoding('auto');
    setPhase('uploading');
    setProgress({ value: 0, text: `Reading ${file.name}…` });
    try {
      uploadId.current = await uploadFile(
        file,
        (fraction) => setProgress({ value: Math.round(fraction * 100), text: `Reading ${file.name}…` }),
        aborter.current.signal,
      );
      await readPreview(uploadId.current, 'auto', file.name);
    } catch (error) {
      if (aborter.current?.signal.aborted) return;
      setPhase('choose');
      setProgress(null);
      setFailure({ title: 'This file cannot be imported.', error });
    }
  }

  async function changeEncoding(next: CsvEncoding | 'auto') {
    setEncoding(next);
    if (!uploadId.current || !fileName) return;
    try {
      await readPreview(uploadId.current, next, fileName);
    } catch (error) {
      setPhase('preview');
      setProgress(null);
      setFailure({ title: 'The file could not be read that way.', error });
    }
  }

  async function runImport() {
    if (!preview || phase !== 'preview' || !uploadId.current) return;
    setFailure(null);
    setPhase('importing');
    const id = crypto.randomUUID();
    importId.current = id;
    setProgress({ value: 0, text: 'Starting…' });
    const timer = setInterval(() => {
      void api.candidates.importProgress({ importId: id }).then((state) => {
        if (!state.running || importId.current !== id) return;
        const fraction = state.totalBytes > 0 ? state.bytesRead / state.totalBytes : 0;
        setProgress({
          value: Math.round(fraction * 100),
          text: `${phaseText[state.phase]}: ${state.rows.toLocaleString()} rows read, ${state.written.toLocaleString()} saved…`,
        });
      });
    }, pollMs);
    try {
      const result = await api.candidates.import({
        uploadId: uploadId.current,
        importId: id,
        encoding: preview.encoding,
        mapping,
        mode: strict ? 'all-or-nothing' : 'skip-invalid',
      });
      setReport(result);
      setProgress({ value: 100, text: result.committed ? 'Import finished.' : 'Nothing was imported.' });
      setPhase('done');
      announce(summariseImport(result));
    } catch (error) {
      setPhase('preview');
      setProgress(null);
      setFailure({ title: 'The import failed. Nothing was imported.', error });
    } finally {
      clearInterval(timer);
      importId.current = null;
    }
  }

  function cancel() {
    if (importId.current) void api.candidates.importCancel({ importId: importId.current });
    setProgress({ value: null, text: 'Cancelling: taking back what was saved…' });
  }

  const hasName = Object.values(mapping).some(
    (field) => field === 'name' || field === 'firstName' || field === 'lastName',
  );
  const busy = phase === 'uploading' || phase === 'reading' || phase === 'importing';

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
        {fileName && preview && (
          <p className="field-hint">
            {fileName}: {preview.rowCount.toLocaleString()} rows, {preview.columns.length} columns
            {preview.delimiter === ','
              ? ''
              : `, separated by ${preview.delimiter === ';' ? 'semicolons' : 'tabs'}`}
            , read as {encodingLabels[preview.encoding]}.
          </p>
        )}
        {preview && phase !== 'done' && (
          <div className="filter import-encoding">
            <label className="field-label" htmlFor={encodingId}>
              File encoding
            </label>
            <div className="select-wrap">
              <select
                id={encodingId}
                className="input select"
                value={encoding}
                disabled={busy}
                onChange={(event) => void changeEncoding(event.target.value as CsvEncoding | 'auto')}
              >
                <option value="auto">Detect ({encodingLabels[preview.encoding]})</option>
                {csvEncodings.map((option) => (
                  <option key={option} value={option}>
                    {encodingLabels[option]}
                  </option>
                ))}
              </select>
              <Icon name="chevronDown" />
            </div>
          </div>
        )}
      </div>

      {failure && <ErrorAlert title={failure.title} error={failure.error} />}

      {progress && (
        <div className="import-progress">
          <progress aria-label="Import progress" max={100} value={progress.value ?? undefined} />
          <p aria-live="polite">{progress.text}</p>
          {phase === 'importing' && (
            <button type="button" className="button" onClick={cancel}>
              Cancel import
            </button>
          )}
        </div>
      )}

      {preview && phase !== 'done' && (
        <>
          <h2 className="section-title" id="mapping-title">
            Columns
          </h2>
          <ImportMappingTable
            preview={preview}
            mapping={mapping}
            disabled={busy}
            onChange={(key, field) => setMapping((current) => ({ ...current, [key]: field }))}
          />

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
              onClick={() => hasName && !busy && void runImport()}
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
            uploadId.current = null;
          }}
        />
      )}
    </section>
  );
}
