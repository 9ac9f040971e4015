import { useState } from 'react';
import { api } from '../api/api.ts';
import { useAnnounce } from '../ui/useAnnounce.ts';
import type { CandidateListQuery } from './CandidateListQuery.ts';

/** Downloads the list as it is filtered and sorted now, as a CSV file the import reads back unchanged. */
export function ExportListButton({
  query,
  onError,
}: {
  query: CandidateListQuery;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();

  async function download() {
    setBusy(true);
    try {
      const { fileName, csv, count } = await api.candidates.exportList(query);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      announce(
        `${count.toLocaleString()} ${count === 1 ? 'candidate' : 'candidates'} exported to ${fileName}.`,
      );
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button" disabled={busy} onClick={() => void download()}>
      Export CSV
    </button>
  );
}
