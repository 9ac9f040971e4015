import { useId, useState } from 'react';
import { api } from '../api/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

type PageSize = 'A4' | 'Letter';

/** Letter where it is the norm (the US, Canada, Mexico and a few more), A4 everywhere else. */
function defaultPageSize(): PageSize {
  const region = new Intl.Locale(navigator.language || 'en').maximize().region ?? '';
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT'].includes(region) ? 'Letter' : 'A4';
}

function pdfFileName(candidateName: string, title: string): string {
  const slug = `${candidateName} ${title}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'interview'}.pdf`;
}

/**
 * "Save as PDF" on A4 or Letter. The desktop app prints the page itself (printToPDF) after a save dialog; in a
 * browser, where only the print dialog can make a PDF, it opens that instead.
 */
export function SavePdfButton({ candidateName, title }: { candidateName: string; title: string }) {
  const [pageSize, setPageSize] = useState<PageSize>(defaultPageSize);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const selectId = useId();

  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      const result = await api.desktop.savePdf({ fileName: pdfFileName(candidateName, title), pageSize });
      if (result.outcome === 'unavailable') window.print();
      else if (result.outcome === 'saved') announce(`Saved ${result.filePath ?? 'the PDF'}.`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="save-pdf">
      <label htmlFor={selectId}>Paper</label>
      <select
        id={selectId}
        className="select"
        value={pageSize}
        onChange={(event) => setPageSize(event.target.value as PageSize)}
      >
        <option value="A4">A4</option>
        <option value="Letter">Letter</option>
      </select>
      <button type="button" className="button" disabled={busy} onClick={() => void save()}>
        Save as PDF
      </button>
      {failure !== null && <ErrorAlert title="The PDF was not saved." error={failure} />}
    </span>
  );
}
