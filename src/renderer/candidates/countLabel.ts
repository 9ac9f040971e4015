/** "1 candidate", "3 candidates": the count the list header shows. */
export function countLabel(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'candidate' : 'candidates'}`;
}
