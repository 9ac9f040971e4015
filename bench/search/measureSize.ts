import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { withinRatio } from '../measure/withinRatio.ts';

/**
 * Size: our file against the same rows in plain tables with one plain FTS5 index each (no prefix index,
 * no list indexes): what the naive search baseline needs. Returns our file's size in bytes.
 */
export function measureSize(
  dataDirectory: string,
  workDirectory: string,
  key: Buffer,
  recorder: RowRecorder,
): number {
  const ourBytes = statSync(path.join(dataDirectory, 'rapport.sqlite3')).size;
  const plainFile = path.join(workDirectory, 'plain.sqlite3');
  const plain = new BetterSqlite3(plainFile);
  // The connection's defaults for what it attaches: ours is SQLCipher 4; this file itself stays plaintext.
  plain.pragma(`cipher = 'sqlcipher'`);
  plain.pragma('legacy = 4');
  plain.exec(`ATTACH '${path.join(dataDirectory, 'rapport.sqlite3')}' AS ours KEY "x'${key.toString('hex')}'";
    CREATE TABLE candidates AS SELECT * FROM ours.candidates;
    CREATE TABLE stage_changes AS SELECT * FROM ours.stage_changes;
    CREATE TABLE notes AS SELECT * FROM ours.notes;
    DETACH ours;
    CREATE VIRTUAL TABLE candidates_fts USING fts5 (name, email, phone, location, role, source, tags, content = 'candidates', tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE notes_fts USING fts5 (title, text, content = 'notes', tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO candidates_fts (candidates_fts) VALUES ('rebuild');
    INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    VACUUM;`);
  plain.close();
  const plainBytes = statSync(plainFile).size;
  recorder.add(
    {
      figure: 'database size',
      value: ourBytes / 1024 ** 2,
      unit: 'MiB',
      baseline: plainBytes / 1024 ** 2,
      target: '≤ 1.5× plain',
    },
    withinRatio,
  );
  return ourBytes;
}
