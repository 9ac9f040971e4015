import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../src/main/backend/openBackend.ts';
import { newId } from '../../src/main/storage/newId.ts';
import { openDatabase } from '../../src/main/storage/openDatabase.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { withinRatio } from '../measure/withinRatio.ts';
import type { GeneratedCandidate } from '../seed/generateCandidate.ts';
import { benchDatabaseKey } from './benchDatabaseKey.ts';
import { measureImportResponsiveness } from './measureImportResponsiveness.ts';

/** Import: ours (the router, as the import screen calls it) and raw inserts of the same rows. */
export async function measureImport(options: {
  dataDirectory: string;
  workDirectory: string;
  generated: readonly GeneratedCandidate[];
  csv: string;
  recorder: RowRecorder;
}): Promise<void> {
  const { dataDirectory, workDirectory, generated, csv, recorder } = options;
  const candidateCount = generated.length;
  const backend = openBackend({
    dataDirectory,
    version: 'bench',
    databaseKey: benchDatabaseKey,
    automaticBackups: false,
  });
  const call = async (method: string, input: unknown) => {
    const result = await backend.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  // Uploaded and imported by the worker, as the import screen does, with app.info timed throughout.
  const importMs = await measureImportResponsiveness({ call, csv, rows: candidateCount, recorder });

  const baselineFile = path.join(workDirectory, 'baseline.sqlite3');
  openDatabase(baselineFile).close();
  const raw = new BetterSqlite3(baselineFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  const rawInsert = raw.prepare(
    `INSERT INTO candidates (id, name, email, phone, location, role, source, tags, stage_id, created_at, updated_at,
       last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rawStage = raw.prepare(
    'INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, changed_at) VALUES (?, ?, NULL, ?, ?)',
  );
  const rawImportStart = performance.now();
  raw.transaction(() => {
    const now = new Date().toISOString();
    for (const candidate of generated) {
      const id = newId();
      const stage = candidate.stage.toLowerCase();
      rawInsert.run(
        id,
        candidate.name,
        candidate.email,
        candidate.phone,
        candidate.location,
        candidate.role,
        candidate.source,
        JSON.stringify(candidate.tags),
        stage,
        now,
        now,
        now,
      );
      rawStage.run(newId(), id, stage, now);
    }
  })();
  const rawImportMs = performance.now() - rawImportStart;
  raw.close();
  rmSync(baselineFile, { force: true });
  recorder.add(
    {
      figure: `import ${candidateCount.toLocaleString('en')} candidates (CSV)`,
      value: importMs,
      unit: 'ms',
      baseline: rawImportMs,
      target: '≤ 1.5× raw',
    },
    withinRatio,
  );
  backend.close();
}
