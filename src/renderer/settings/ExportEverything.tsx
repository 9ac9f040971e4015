import { useState } from 'react';
import { api } from '../api/api.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** "Export everything": one zip with every table as JSON and every candidate as Markdown, saved where the user says. */
export function ExportEverything() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const announce = useAnnounce();

  const exportAll = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { fileName, contentBase64 } = await api.backups.exportEverything({});
      downloadFile(fileName, bytesOf(contentBase64), 'application/zip');
      announce(`${fileName} is ready.`);
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
