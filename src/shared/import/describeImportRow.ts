import type { ImportIssue } from './ImportIssue.ts';

const shown = 60;

const quoted = (value: string) => `"${value.length > shown ? `${value.slice(0, shown - 1)}…` : value}"`;

/** What is wrong with one issue, in words that name the bad value; `label` names a field as the file does. */
function describeIssue(issue: ImportIssue, label: (path: string) => string): string {
  const field = issue.path.split('.')[0]!;
  if (issue.value === undefined) return issue.path ? `${label(issue.path)}: ${issue.message}` : issue.message;
  const value = quoted(issue.value);
  if (/at most \d+ characters/.test(issue.message))
    return `${label(issue.path)} ${value} is too long (${issue.message.toLowerCase()})`;
  switch (field) {
    case 'email':
      return `${value} is not an email address`;
    case 'stage':
      return `there is no stage called ${value}`;
    case 'consentUntil':
      return `${value} is not a date like 2027-05-31`;
    case 'links':
      return `${value} is not a web address starting with http:// or https://`;
    default:
      return `${label(issue.path)} ${value}: ${issue.message}`;
  }
}

/**
 * The report line for a row that was not imported: its spreadsheet row number, the person it names and what
 * is wrong with which value, e.g. `Row 32 (Ewa Nowak): "not-an-email" is not an email address`.
 */
export function describeImportRow(
  row: number,
  name: string | null,
  issues: readonly ImportIssue[],
  label: (path: string) => string,
): string {
  const who = name ? ` (${name.length > shown ? `${name.slice(0, shown - 1)}…` : name})` : '';
  return `Row ${row}${who}: ${issues.map((issue) => describeIssue(issue, label)).join('; ')}`;
}
