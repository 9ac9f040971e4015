import { foldedSql as folded } from './foldedSql.ts';

/** The FTS5 insert and delete statements for one row, with every column folded. */
function indexRow(
  table: string,
  command: 'insert' | 'delete',
  row: 'new' | 'old',
  columns: string[],
): string {
  const values = columns.map((column) => folded(`${row}.${column}`)).join(', ');
  return command === 'insert'
    ? `INSERT INTO ${table} (rowid, ${columns.join(', ')}) VALUES (${row}.seq, ${values});`
    : `INSERT INTO ${table} (${table}, rowid, ${columns.join(', ')}) VALUES ('delete', ${row}.seq, ${values});`;
}

/**
 * SQL that replaces an FTS5 table and its triggers with a folded one reading through a view (see 0040). Frozen:
 * migrations 0040 and 0075 both emit it, so changing it would change what those versions mean.
 */
export function rebuildSearchIndexSql(
  table: string,
  source: string,
  view: string,
  columns: string[],
  triggerColumns: string,
): string {
  return `
    DROP TRIGGER ${table}_insert;
    DROP TRIGGER ${table}_delete;
    DROP TRIGGER ${table}_update;
    DROP TABLE ${table};
    -- The index reads its content through this view, so 'rebuild' and snippets see the same folded text.
    CREATE VIEW ${view} (seq, ${columns.join(', ')}) AS
      SELECT seq, ${columns.map((column) => folded(column)).join(', ')} FROM ${source};
    CREATE VIRTUAL TABLE ${table} USING fts5 (
      ${columns.join(', ')},
      content = '${view}', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    CREATE TRIGGER ${table}_insert AFTER INSERT ON ${source} BEGIN
      ${indexRow(table, 'insert', 'new', columns)}
    END;
    CREATE TRIGGER ${table}_delete AFTER DELETE ON ${source} BEGIN
      ${indexRow(table, 'delete', 'old', columns)}
    END;
    CREATE TRIGGER ${table}_update AFTER UPDATE OF ${triggerColumns} ON ${source} BEGIN
      ${indexRow(table, 'delete', 'old', columns)}
      ${indexRow(table, 'insert', 'new', columns)}
    END;
    INSERT INTO ${table} (${table}) VALUES ('rebuild');
  `;
}
