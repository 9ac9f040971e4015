import type { CsvEncoding } from '../../shared/csv/csvEncodings.ts';

/** How each text encoding is named in the import's "File encoding" select. */
export const encodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};
