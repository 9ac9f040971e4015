import { candidateDocumentsSql } from './candidateDocumentsSql.ts';
import type { Migration } from './Migration.ts';
import { rebuildSearchIndexSql } from './rebuildSearchIndexSql.ts';

const candidateColumns = ['name', 'email', 'phone', 'location', 'role', 'source', 'tags', 'current_title'];

/**
 * A candidate's current job title ("Staff Engineer at …"), apart from the role they applied for, so an import
 * keeps both. It joins candidates_fts as its last column, and the candidate documents search reads as their `title`
 * (`title:` in search), folded like the others. Every title is still empty, so no document needs re-writing.
 */
export const currentTitleMigration: Migration = {
  version: 75,
  name: 'current title',
  up(database) {
    database.exec(`
      ALTER TABLE candidates ADD COLUMN current_title TEXT;
      DROP VIEW candidates_search;
      ${rebuildSearchIndexSql('candidates_fts', 'candidates', 'candidates_search', candidateColumns, candidateColumns.join(', '))}
      ${candidateDocumentsSql('current_title')}
    `);
  },
};
