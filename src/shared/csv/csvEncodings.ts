/** The text encodings an import reads: what spreadsheets and ATS exports write. Labels are WHATWG's. */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

export type CsvEncoding = (typeof csvEncodings)[number];
