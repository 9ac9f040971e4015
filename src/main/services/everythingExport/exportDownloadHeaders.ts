import type { ExportDownload } from './ExportFiles.ts';

/** The headers of an export's download: a zip to save under its own name, never cached. */
export function exportDownloadHeaders(
  download: Pick<ExportDownload, 'fileName' | 'sizeBytes'>,
): Record<string, string> {
  // Our names are plain ASCII already; anything else must not break out of the quoted string.
  const fileName = download.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return {
    'Content-Type': 'application/zip',
    'Content-Length': String(download.sizeBytes),
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  };
}
