export type ContentEncoding = 'br' | 'gzip' | 'identity';

/**
 * Picks brotli, then gzip, from an Accept-Encoding header (RFC 9110 §12.5.3): a coding with q=0 is refused,
 * `*` stands for any coding not named, and a missing or unreadable header means the file goes as it is.
 */
export function chooseContentEncoding(header: string | string[] | undefined): ContentEncoding {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (text.length === 0 || text.length > 1000) return 'identity';
  const weights = new Map<string, number>();
  for (const part of text.split(',')) {
    const [codingPart, ...parameters] = part.split(';');
    const coding = codingPart?.trim().toLowerCase();
    if (!coding) continue;
    let weight = 1;
    for (const parameter of parameters) {
      const [key, value] = parameter.split('=').map((piece) => piece.trim());
      if (key?.toLowerCase() === 'q') {
        const parsed = Number(value);
        weight = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    weights.set(coding, weight);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const)
    .filter((coding) => weightOf(coding) > 0)
    .sort((first, second) => weightOf(second) - weightOf(first))[0];
  return best ?? 'identity';
}
