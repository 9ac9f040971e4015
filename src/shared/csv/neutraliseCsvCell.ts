/**
 * A cell a spreadsheet could run as a formula (it starts with =, +, -, @, tab or carriage return), or one that
 * already looks neutralised, behind any number of apostrophes.
 */
const formulaLike = /^'*[=+\-@\t\r]/;

/**
 * OWASP's defence against CSV injection: a leading apostrophe makes Excel, LibreOffice and Sheets show the
 * text instead of running it. A value that already starts with apostrophes before such a character gets one
 * more, so restoreCsvCell can always take exactly one off and give back the value as it was.
 */
export function neutraliseCsvCell(value: string): string {
  return formulaLike.test(value) ? `'${value}` : value;
}
