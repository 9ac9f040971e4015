/** `2025-05-01 14:03 UTC`: unambiguous wherever the file is opened. */
export function formatExportDate(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
