import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';

/** What the search dialog says about an answer: how many match in all, and how many of them it shows. */
export function searchSummary(text: string, answer: MethodOutput<'search.query'>): string {
  const { groups, total, ranking } = answer;
  if (total === 0) return `Nothing matches “${text.trim().slice(0, 80)}”.`;
  const order = ranking === 'recent' ? ', newest first' : '';
  const everyone = `${total.toLocaleString()} ${total === 1 ? 'candidate' : 'candidates'}`;
  return groups.length < total
    ? `Showing ${groups.length} of ${everyone}${order}.`
    : `${everyone} found${order}.`;
}
