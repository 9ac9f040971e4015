import { foldedSql } from './foldedSql.ts';

const table = 'candidate_documents_fts';
const columns = 'name, email, phone, location, role, source, tags, title, stage, notes';
const triggers = [
  'candidate_documents_candidate_insert',
  'candidate_documents_candidate_update',
  'candidate_documents_candidate_delete',
  'candidate_documents_note_insert',
  'candidate_documents_note_update',
  'candidate_documents_note_delete',
  'candidate_documents_interview_update',
];

/** `old.a IS NOT new.a OR …`: an update that leaves every indexed column as it was re-indexes nothing. */
const changed = (names: readonly string[]) =>
  names.map((name) => `old.${name} IS NOT new.${name}`).join(' OR ');

/** Queues the candidate a row belongs to for re-indexing; candidates in the Trash have no document to redo. */
const queue = (candidateId: string) =>
  `INSERT OR IGNORE INTO candidate_documents_pending (candidate_seq)
   SELECT seq FROM candidates WHERE id = ${candidateId} AND deleted_at IS NULL;`;

/**
 * The view that makes each live candidate one document (their own fields and the text of all their live notes,
 * folded like the other indexes) and the triggers that keep `candidate_documents_fts` equal to it:
 * - a candidate's own changes re-index their document at once (a trashed one has none);
 * - a note's changes only queue the candidate in `candidate_documents_pending`, which search re-indexes before it
 *   reads, so an autosave never re-reads a long history and 2,000 notes in a row re-index it once, not 2,000 times.
 * Dropped and created again as a whole, so a later migration that adds a candidate column (`current_title`)
 * calls it with that column; `titleColumn` null indexes no title. The stage is indexed by id, as a token no typed
 * word can produce (U+E000 then the id in hex), so renaming a stage re-indexes nothing and plain words never
 * match it. Frozen: migrations call it, so what it writes for a given argument must never change.
 */
export function candidateDocumentsSql(titleColumn: string | null): string {
  const candidateColumns = [
    'name',
    'email',
    'phone',
    'location',
    'role',
    'source',
    'tags',
    'stage_id',
    'deleted_at',
  ];
  if (titleColumn !== null) candidateColumns.push(titleColumn);
  const noteColumns = ['candidate_id', 'interview_id', 'title', 'text', 'deleted_at'];
  const noteText = `${foldedSql('n.title')} || ' ' || ${foldedSql('n.text')}`;
  return `
    DROP VIEW IF EXISTS candidate_documents;
    ${triggers.map((trigger) => `DROP TRIGGER IF EXISTS ${trigger};`).join('\n')}
    CREATE VIEW candidate_documents (seq, ${columns}) AS
      SELECT c.seq, ${foldedSql('c.name')}, ${foldedSql('c.email')}, ${foldedSql('c.phone')},
        ${foldedSql('c.location')}, ${foldedSql('c.role')}, ${foldedSql('c.source')}, ${foldedSql('c.tags')},
        ${titleColumn === null ? 'NULL' : foldedSql(`c.${titleColumn}`)},
        char(57344) || hex(c.stage_id),
        (SELECT group_concat(${noteText}, char(10)) FROM notes n LEFT JOIN interviews i ON i.id = n.interview_id
         WHERE n.candidate_id = c.id AND n.deleted_at IS NULL AND i.deleted_at IS NULL)
      FROM candidates c WHERE c.deleted_at IS NULL;

    CREATE TRIGGER candidate_documents_candidate_insert AFTER INSERT ON candidates BEGIN
      INSERT INTO ${table} (rowid, ${columns}) SELECT seq, ${columns} FROM candidate_documents WHERE seq = new.seq;
    END;
    CREATE TRIGGER candidate_documents_candidate_update AFTER UPDATE OF ${candidateColumns.join(', ')} ON candidates
    WHEN ${changed(candidateColumns)} BEGIN
      DELETE FROM ${table} WHERE rowid = new.seq;
      INSERT INTO ${table} (rowid, ${columns}) SELECT seq, ${columns} FROM candidate_documents WHERE seq = new.seq;
      DELETE FROM candidate_documents_pending WHERE candidate_seq = new.seq;
    END;
    CREATE TRIGGER candidate_documents_candidate_delete AFTER DELETE ON candidates BEGIN
      DELETE FROM ${table} WHERE rowid = old.seq;
    END;
    CREATE TRIGGER candidate_documents_note_insert AFTER INSERT ON notes BEGIN
      ${queue('new.candidate_id')}
    END;
    CREATE TRIGGER candidate_documents_note_update AFTER UPDATE OF ${noteColumns.join(', ')} ON notes
    WHEN ${changed(noteColumns)} BEGIN
      ${queue('old.candidate_id')}
      ${queue('new.candidate_id')}
    END;
    CREATE TRIGGER candidate_documents_note_delete AFTER DELETE ON notes BEGIN
      ${queue('old.candidate_id')}
    END;
    CREATE TRIGGER candidate_documents_interview_update AFTER UPDATE OF deleted_at ON interviews
    WHEN old.deleted_at IS NOT new.deleted_at BEGIN
      ${queue('new.candidate_id')}
    END;`;
}
