/** The separators spreadsheets export: comma, semicolon (Excel in locales with a decimal comma), tab. */
export const csvDelimiters = [',', ';', '\t'] as const;

export type CsvDelimiter = (typeof csvDelimiters)[number];
