import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';

const count = (value: number, one: string, many: string) =>
  `${value.toLocaleString()} ${value === 1 ? one : many}`;

/** One sentence for the screen reader when an import ends: what was added, left out and skipped. */
export function summariseImport(report: MethodOutput<'candidates.import'>): string {
  if (report.cancelled) return 'Import cancelled. Nothing was imported.';
  const parts = [
    report.committed
      ? `${count(report.imported, 'candidate', 'candidates')} imported.`
      : 'Nothing was imported.',
  ];
  if (report.invalid > 0) parts.push(`${count(report.invalid, 'row', 'rows')} not valid.`);
  if (report.duplicates > 0) parts.push(`${count(report.duplicates, 'row', 'rows')} skipped as duplicates.`);
  return parts.join(' ');
}
