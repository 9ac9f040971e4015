import type { Stage } from '../../src/shared/schemas/stage.ts';
import { matchingStages } from '../../src/main/search/compiling/matchingStages.ts';
import type { SearchNode } from '../../src/main/search/parsing/SearchNode.ts';

const columns: Record<string, string> = {
  name: 'name',
  email: 'email',
  location: 'location',
  role: 'role',
  tag: 'tags',
  source: 'source',
};

/**
 * The same query tree as plain SQL over the two FTS5 tables search had before (candidates_fts and notes_fts):
 * each word becomes "the candidate's row matches, or one of their notes does", combined with AND, OR and NOT in
 * SQL. What a Boolean search is without a document per candidate; parameters are pushed onto `parameters`.
 */
export function naiveBooleanSql(node: SearchNode, stages: readonly Stage[], parameters: string[]): string {
  switch (node.kind) {
    case 'term': {
      if (node.field === 'stage') {
        const ids = matchingStages(node, stages).map((stage) => stage.id);
        parameters.push(JSON.stringify(ids));
        return 'c.stage_id IN (SELECT value FROM json_each(?))';
      }
      if (node.field === 'title') return '0';
      const phrase = `"${node.words.join(' ')}"${node.prefix ? '*' : ''}`;
      const own = 'c.seq IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)';
      const notes = `c.id IN (SELECT n.candidate_id FROM notes_fts JOIN notes n ON n.seq = notes_fts.rowid
        WHERE notes_fts MATCH ? AND n.deleted_at IS NULL)`;
      if (node.field === 'notes') {
        parameters.push(phrase);
        return notes;
      }
      if (node.field !== null) {
        parameters.push(`${columns[node.field]} : ${phrase}`);
        return own;
      }
      parameters.push(phrase, phrase);
      return `(${own} OR ${notes})`;
    }
    case 'not':
      return `NOT ${naiveBooleanSql(node.child, stages, parameters)}`;
    case 'and':
    case 'or':
      return `(${node.children.map((child) => naiveBooleanSql(child, stages, parameters)).join(` ${node.kind.toUpperCase()} `)})`;
  }
}
