/**
 * Which top-level blocks differ between two versions of a document: the run between the longest common start
 * and the longest common end. Blocks are compared by identity, which is exact for ProseMirror: a transaction
 * keeps every node it did not touch, so finding the change costs a comparison per block, not a walk of the text.
 */
export function blockChange<Block>(
  previous: readonly Block[],
  next: readonly Block[],
): { from: number; removed: number; inserted: number } {
  const shortest = Math.min(previous.length, next.length);
  let from = 0;
  while (from < shortest && previous[from] === next[from]) from += 1;
  let end = 0;
  while (end < shortest - from && previous[previous.length - 1 - end] === next[next.length - 1 - end])
    end += 1;
  return { from, removed: previous.length - from - end, inserted: next.length - from - end };
}
