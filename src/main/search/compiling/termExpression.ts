import type { SearchFieldName } from '../../../shared/search/searchFieldNames.ts';
import type { Stage } from '../../../shared/schemas/stage.ts';
import type { SearchTerm } from '../parsing/SearchNode.ts';
import { matchingStages } from './matchingStages.ts';
import { stageToken } from './stageToken.ts';

/** The column of candidate_documents_fts each field searches. */
const columns: Record<SearchFieldName, string> = {
  name: 'name',
  email: 'email',
  location: 'location',
  title: 'title',
  role: 'role',
  tag: 'tags',
  stage: 'stage',
  source: 'source',
  notes: 'notes',
};

/** A double-quoted FTS5 string (inner quotes doubled), so no user text is ever syntax. */
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * One term as an FTS5 expression over candidate_documents_fts: its words as one quoted phrase, `*` for a prefix,
 * behind a column filter when it names a field. No column filter for a field-less term: plain words never match
 * the stage column (its tokens start with U+E000), and a filter would cost a decode of every position list.
 * A `stage:` term becomes the stages it names; null when it names none, so it matches nobody.
 */
export function termExpression(term: SearchTerm, stages: readonly Stage[]): string | null {
  if (term.field === 'stage') {
    const named = matchingStages(term, stages);
    if (named.length === 0) return null;
    const tokens = named.map((stage) => `stage : ${quoted(stageToken(stage.id))}`);
    return tokens.length === 1 ? tokens[0]! : `(${tokens.join(' OR ')})`;
  }
  const phrase = `${quoted(term.words.join(' '))}${term.prefix ? '*' : ''}`;
  return term.field === null ? phrase : `${columns[term.field]} : ${phrase}`;
}
