const neutralised = /^'+[=+\-@\t\r]/;

/**
 * Undoes neutraliseCsvCell: one apostrophe comes off a cell where apostrophes stand before =, +, -, @, tab or
 * carriage return. Applied to every imported file, not only ours, because that exact shape is the OWASP
 * escape that other exporters write too: an apostrophe before a formula character is never meant as data.
 */
export function restoreCsvCell(value: string): string {
  return neutralised.test(value) ? value.slice(1) : value;
}
