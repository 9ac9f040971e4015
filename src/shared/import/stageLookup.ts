import { foldStageName } from './foldStageName.ts';

/** Stage ids by their id and by their name, folded, so "screening", "Screening" and "Scréening" all match. */
export function stageLookup(stages: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const stage of stages) {
    lookup.set(foldStageName(stage.id), stage.id);
    lookup.set(foldStageName(stage.name), stage.id);
  }
  return lookup;
}
