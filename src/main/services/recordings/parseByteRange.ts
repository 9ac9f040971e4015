/**
 * The one byte range of a `Range: bytes=…` header over a body of `total` bytes, as [start, end) — or null for no
 * header (the whole body), or 'unsatisfiable'. Players ask for one range at a time; several ranges get the first.
 */
export function parseByteRange(
  header: string | undefined,
  total: number,
): { start: number; end: number } | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'unsatisfiable';
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, total - suffix), end: total };
  }
  const start = Number(match[1]);
  const last = match[2] === '' ? total - 1 : Math.min(Number(match[2]), total - 1);
  if (start >= total || last < start) return 'unsatisfiable';
  return { start, end: last + 1 };
}
