import type { Stage } from '../../../shared/schemas/stage.ts';
import { foldForComparison } from '../foldForComparison.ts';
import type { SearchTerm } from '../parsing/SearchNode.ts';
import { wordPattern } from '../wordPattern.ts';

/**
 * The stages a `stage:` term names: those whose name holds its words in order, folded (`stage:interv*` finds
 * "Interviewing", `stage:"phone screen"` a stage called "Phone screen").
 */
export function matchingStages(term: SearchTerm, stages: readonly Stage[]): Stage[] {
  const wanted = term.words.map(foldForComparison);
  return stages.filter((stage) => {
    const words = (stage.name.match(wordPattern) ?? []).map(foldForComparison);
    for (let start = 0; start + wanted.length <= words.length; start += 1) {
      const found = wanted.every((word, index) => {
        const candidate = words[start + index]!;
        return index === wanted.length - 1 && term.prefix ? candidate.startsWith(word) : candidate === word;
      });
      if (found) return true;
    }
    return false;
  });
}
