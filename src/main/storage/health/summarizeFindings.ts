/** quick_check's report in one line for a person: the first problem, and how many more there were. */
export function summarizeFindings(problems: readonly string[]): string {
  const lines = problems
    .flatMap((problem) => problem.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
  if (lines.length === 0) return 'the database check failed.';
  const more = lines.length - 1;
  return `${lines[0]}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}
