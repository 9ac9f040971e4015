import type { Stage } from '../../../shared/schemas/stage.ts';
import type { SearchNode } from '../parsing/SearchNode.ts';
import type { DocumentMatch } from './DocumentMatch.ts';
import { termExpression } from './termExpression.ts';

const none: DocumentMatch = { kind: 'none' };
const all: DocumentMatch = { kind: 'all' };
// Every expression built here is a term or parenthesized, so FTS5's precedence (NOT before AND before OR) and
// its left-to-right NOT never regroup it.
const group = (parts: readonly string[], operator: 'AND' | 'OR') =>
  parts.length === 1 ? parts[0]! : `(${parts.join(` ${operator} `)})`;
const without = (kept: string, removed: string) => `(${kept} NOT ${removed})`;

/**
 * A query tree as FTS5 can run it. FTS5's NOT is binary (`a NOT b`) and there is no "everything", so each node
 * becomes a positive expression or the complement of one, and the algebra keeps it so:
 * - NOT swaps the two;
 * - AND of positives P and complements C is `P NOT (C1 OR C2)`, or the complement of `C1 OR C2` with no P;
 * - OR with any complement is the complement of `(C1 AND C2) NOT (P1 OR P2)`, since A ∪ ¬B = ¬(B ∖ A).
 * Every word reaches FTS5 double-quoted (see termExpression), so no input can be syntax.
 */
export function toDocumentMatch(tree: SearchNode | null, stages: readonly Stage[]): DocumentMatch {
  if (tree === null) return none;
  switch (tree.kind) {
    case 'term': {
      const expression = termExpression(tree, stages);
      return expression === null ? none : { kind: 'only', expression };
    }
    case 'not': {
      const child = toDocumentMatch(tree.child, stages);
      if (child.kind === 'none') return all;
      if (child.kind === 'all') return none;
      return { kind: child.kind === 'only' ? 'except' : 'only', expression: child.expression };
    }
    case 'and':
    case 'or': {
      const children = tree.children.map((child) => toDocumentMatch(child, stages));
      const positives = children.flatMap((child) => (child.kind === 'only' ? [child.expression] : []));
      const complements = children.flatMap((child) => (child.kind === 'except' ? [child.expression] : []));
      if (tree.kind === 'and') {
        if (children.some((child) => child.kind === 'none')) return none;
        if (positives.length === 0)
          return complements.length === 0 ? all : { kind: 'except', expression: group(complements, 'OR') };
        const kept = group(positives, 'AND');
        return {
          kind: 'only',
          expression: complements.length === 0 ? kept : without(kept, group(complements, 'OR')),
        };
      }
      if (children.some((child) => child.kind === 'all')) return all;
      if (complements.length === 0)
        return positives.length === 0 ? none : { kind: 'only', expression: group(positives, 'OR') };
      const excluded = group(complements, 'AND');
      return {
        kind: 'except',
        expression: positives.length === 0 ? excluded : without(excluded, group(positives, 'OR')),
      };
    }
  }
}
