import { useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import { api } from '../api/api.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** Downloads everything held about the candidate, as JSON and as Markdown: a data-subject request answered. */
export function ExportCandidateButton({ candidate }: { candidate: Candidate }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const announce = useAnnounce();

  async function exportData() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const exported = await api.candidates.export({ id: candidate.id });
      downloadFile(`${exported.fileName}.json`, exported.json, 'application/json');
      downloadFile(`${exported.fileName}.md`, exported.markdown, 'text/markdown');
      announce(`Everything about ${candidate.name} was exported as JSON and Markdown.`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => void exportData()}
      >
        Export data
      </button>
      {failure !== null && <ErrorAlert title="The export failed." error={failure} />}
    </>
  );
}
