// `npm run bench:today`: Today at 100,000 candidates, 300,000 notes and 50,000 interviews, through the router,
// against the same reads as raw SQL in the same run.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { openBackend } from '../src/main/backend/openBackend.ts';
import { openDatabase } from '../src/main/storage/openDatabase.ts';
import type { DatabaseKeySource } from '../src/main/backend/DatabaseKeySource.ts';
import { createDatabaseKey } from '../src/main/storage/encryption/createDatabaseKey.ts';
import { openKeyedDatabase } from '../src/main/storage/encryption/openKeyedDatabase.ts';
import { CandidateImportWriter } from '../src/main/storage/repositories/CandidateImportWriter.ts';
import { createRowRecorder } from './measure/createRowRecorder.ts';
import { reportRows } from './measure/reportRows.ts';
import type { BackendCall } from './search/BackendCall.ts';
import { seedNotes } from './search/seedNotes.ts';
import { createRandom } from './seed/createRandom.ts';
import { generateCandidate } from './seed/generateCandidate.ts';
import { measureToday } from './today/measureToday.ts';
import { seedToday } from './today/seedToday.ts';

const candidateCount = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const noteCount = Number(process.env.BENCH_NOTES ?? 300_000);
const interviewCount = Number(process.env.BENCH_INTERVIEWS ?? 50_000);
const root = path.resolve(import.meta.dirname, '..');
// BENCH_DATA=DIR seeds DIR once and measures on it again in later runs (seeding takes minutes, measuring seconds).
const kept = process.env.BENCH_DATA;
const workDirectory = kept ?? path.join(tmpdir(), `rapport-bench-today-${process.pid}`);
const dataDirectory = path.join(workDirectory, 'data');
const log = (message: string) => console.error(`[bench:today] ${message}`);
const recorder = createRowRecorder(log);
// The data is encrypted like the app's; a kept directory keeps its key beside it, so a later run can open it.
const keyFile = path.join(workDirectory, 'bench.key');
const databaseKey: DatabaseKeySource = {
  key:
    kept && existsSync(keyFile)
      ? Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex')
      : createDatabaseKey(),
  keyStorage: 'environment',
  keyStorageBackend: null,
  keyFile: null,
};
const key = databaseKey.key;

function seed(file: string): void {
  rmSync(workDirectory, { recursive: true, force: true });
  mkdirSync(dataDirectory, { recursive: true });
  const started = performance.now();
  const random = createRandom(20_260_101);
  log(`seeding ${candidateCount} candidates, ${noteCount} notes and ${interviewCount} interviews`);
  let database = openDatabase(file, { key });
  // Written as an import writes them.
  new CandidateImportWriter(database).writeBatch(
    Array.from({ length: candidateCount }, (_, serial) => {
      const generated = generateCandidate(random, serial);
      return {
        candidate: {
          name: generated.name,
          email: generated.email,
          phone: generated.phone,
          location: generated.location,
          role: generated.role,
          source: generated.source,
          tags: generated.tags,
          stageId: generated.stage.toLowerCase(),
        },
        notes: [],
      };
    }),
    new Date().toISOString(),
  );
  database.close();
  seedNotes({ dataDirectory, noteCount, random, log, key });
  database = openDatabase(file, { key });
  const { waiting } = seedToday(database, { interviewCount, random, now: Date.now() });
  database.pragma('optimize');
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  log(
    `seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${waiting} candidates in candidate_waits`,
  );

  if (kept) {
    writeFileSync(keyFile, key.toString('hex'), { mode: 0o600 });
    writeFileSync(path.join(workDirectory, 'seeded'), `${new Date().toISOString()}\n`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const file = path.join(dataDirectory, 'rapport.sqlite3');
  if (kept && existsSync(path.join(workDirectory, 'seeded')))
    log(`measuring again on the data kept in ${workDirectory}`);
  else seed(file);

  const ours = openBackend({ dataDirectory, version: 'bench', databaseKey, automaticBackups: false });
  const baseline = openKeyedDatabase(file, key, { readonly: true });
  const call: BackendCall = async (method, input) => {
    const result = await ours.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await measureToday(call, baseline, recorder);
  baseline.close();
  ours.close();

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, SQLite ${new BetterSqlite3(':memory:').prepare('SELECT sqlite_version() AS v').pluck().get() as string}`,
  );
  console.log(
    `Data: ${candidateCount.toLocaleString('en')} candidates, ${noteCount.toLocaleString('en')} notes, ` +
      `${interviewCount.toLocaleString('en')} interviews; run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  reportRows(root, 'today', recorder.rows);
  if (!kept) rmSync(workDirectory, { recursive: true, force: true });
}

await main();
