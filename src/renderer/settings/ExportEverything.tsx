import { useEffect, useId, useState } from 'react';
import { api } from '../api/api.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { downloadFromAddress } from '../lib/downloadFromAddress.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { formatBytes } from './formatBytes.ts';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

function describeTotals(totals: { count: number; sizeBytes: number } | null): string {
  if (!totals) return 'Every finished call recording, as a plain WebM video.';
  if (totals.count === 0) return 'There are no recordings to include.';
  if (totals.count === 1) return `1 recording, ${formatBytes(totals.sizeBytes)}, as a plain WebM video.`;
  return `${totals.count} recordings, ${formatBytes(totals.sizeBytes)}, as plain WebM videos.`;
}

/**
 * "Export everything": one zip with every table as JSON and every candidate as Markdown, saved where the user
 * says; with "Include recordings", the calls' videos too, fetched from a file the backend wrote (too large to
 * pass back as the answer).
 */
export function ExportEverything() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const [totals, setTotals] = useState<{ count: number; sizeBytes: number } | null>(null);
  const announce = useAnnounce();
  const hintId = useId();

  useEffect(() => {
    let current = true;
    // Only the line under the box depends on it; without it the export works the same.
    api.recordings.totals({}).then(
      (value) => current && setTotals(value),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  const exportAll = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const exported = await api.backups.exportEverything(includeRecordings ? { includeRecordings } : {});
      if (exported.delivery === 'file') downloadFromAddress(exported.fileName, exported.downloadPath);
      else downloadFile(exported.fileName, bytesOf(exported.contentBase64), 'application/zip');
      announce(`${exported.fileName} is ready.`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title">
        Export everything
      </h2>
      <p>
        Every table as JSON and every candidate (those in the Trash too) as a Markdown page, in one zip: for
        leaving Rapport, or for answering a candidate who asks for their data. The zip is not encrypted, and
        the signalling server key is left out.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeRecordings}
          aria-describedby={hintId}
          onChange={(event) => setIncludeRecordings(event.target.checked)}
        />
        Include recordings
      </label>
      <p id={hintId} className="field-hint">
        {describeTotals(totals)} Rapport keeps recordings encrypted; in the zip they are not.
      </p>
      {failure !== null && <ErrorAlert title="The export could not be made." error={failure} />}
      <div>
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void exportAll()}
        >
          {busy ? 'Exporting…' : 'Export everything'}
        </button>
      </div>
    </section>
  );
}
