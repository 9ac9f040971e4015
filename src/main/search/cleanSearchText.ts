/** Only the start of a pasted page is read: any query worth running fits easily. */
export const readCharacters = 4096;

/**
 * The part of a query search reads: its first 4,096 characters, NFC, with control characters and lone
 * surrogates turned into spaces, because FTS5 must never see a NUL or invalid UTF-16.
 */
export function cleanSearchText(text: string): string {
  return text
    .slice(0, readCharacters)
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .normalize('NFC');
}
