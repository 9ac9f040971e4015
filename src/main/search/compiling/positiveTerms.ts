import type { SearchNode, SearchTerm } from '../parsing/SearchNode.ts';

/** The terms a match is for, not against: those under no NOT, or under two. They rank and highlight. */
export function positiveTerms(tree: SearchNode | null, negated = false): SearchTerm[] {
  if (tree === null) return [];
  switch (tree.kind) {
    case 'term':
      return negated ? [] : [tree];
    case 'not':
      return positiveTerms(tree.child, !negated);
    case 'and':
    case 'or':
      return tree.children.flatMap((child) => positiveTerms(child, negated));
  }
}
