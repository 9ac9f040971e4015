// `npm run bench`: seeds a data directory with 100,000 candidates and 300,000 notes, then measures the list,
// the profile, search and import against a raw better-sqlite3 baseline run in the same process, on the same data,
// and the list and search again on a plaintext copy, for what encryption at rest costs.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { openBackend } from '../src/main/backend/openBackend.ts';
import { openKeyedDatabase } from '../src/main/storage/encryption/openKeyedDatabase.ts';
import { createRowRecorder } from './measure/createRowRecorder.ts';
import { reportRows } from './measure/reportRows.ts';
import type { BackendCall } from './search/BackendCall.ts';
import { benchDatabaseKey } from './search/benchDatabaseKey.ts';
import { measureEncryption } from './search/measureEncryption.ts';
import { measureBooleanSearch } from './search/measureBooleanSearch.ts';
import { measureImport } from './search/measureImport.ts';
import { measureLists } from './search/measureLists.ts';
import { measureProfile } from './search/measureProfile.ts';
import { measureSearch } from './search/measureSearch.ts';
import { measureSize } from './search/measureSize.ts';
import { openPlaintextCall } from './search/openPlaintextCall.ts';
import { plaintextCopy } from './search/plaintextCopy.ts';
import { seedNotes } from './search/seedNotes.ts';
import { createRandom } from './seed/createRandom.ts';
import { generateCandidate } from './seed/generateCandidate.ts';
import { toCsv } from './seed/toCsv.ts';

const candidateCount = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const noteCount = Number(process.env.BENCH_NOTES ?? 300_000);
const root = path.resolve(import.meta.dirname, '..');
const workDirectory = process.env.BENCH_KEEP
  ? path.join(tmpdir(), 'rapport-bench-kept')
  : path.join(tmpdir(), `rapport-bench-${process.pid}`);
const dataDirectory = path.join(workDirectory, 'data');
const log = (message: string) => console.error(`[bench] ${message}`);
const recorder = createRowRecorder(log);

async function main(): Promise<void> {
  rmSync(workDirectory, { recursive: true, force: true });
  mkdirSync(dataDirectory, { recursive: true });
  const started = performance.now();

  // ── Data ──────────────────────────────────────────────────────────────────────────────────────────────────
  log(
    `generating ${candidateCount} candidates and ${noteCount} notes (seeded, so every run sees the same data)`,
  );
  const random = createRandom(20_260_101);
  const generated = Array.from({ length: candidateCount }, (_, serial) => generateCandidate(random, serial));
  const csv = toCsv(generated);

  await measureImport({ dataDirectory, workDirectory, generated, csv, recorder });
  const busyId = seedNotes({ dataDirectory, noteCount, random, log, key: benchDatabaseKey.key });
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // ── Reads: ours through the router, the baseline as hand-written SQL on the same file ───────────────────────
  const databaseFile = path.join(dataDirectory, 'rapport.sqlite3');
  const plaintextFile = path.join(workDirectory, 'plaintext.sqlite3');
  plaintextCopy(databaseFile, benchDatabaseKey.key, plaintextFile);
  const ours = openBackend({
    dataDirectory,
    version: 'bench',
    databaseKey: benchDatabaseKey,
    automaticBackups: false,
  });
  const baseline = openKeyedDatabase(databaseFile, benchDatabaseKey.key, { readonly: true });
  const call: BackendCall = async (method, input) => {
    const result = await ours.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await measureLists(call, baseline, recorder);
  await measureProfile(call, baseline, busyId, recorder);
  await measureSearch(call, baseline, recorder);
  await measureBooleanSearch(call, baseline, recorder);
  baseline.close();
  const plaintext = openPlaintextCall(plaintextFile, workDirectory);
  await measureEncryption(call, plaintext.call, recorder);
  plaintext.close();
  ours.close();
  rmSync(plaintextFile, { force: true });

  const ourBytes = measureSize(dataDirectory, workDirectory, benchDatabaseKey.key, recorder);

  // ── Report ──────────────────────────────────────────────────────────────────────────────────────────────────
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, SQLite ${new BetterSqlite3(':memory:').prepare('SELECT sqlite_version() AS v').pluck().get() as string}`,
  );
  console.log(
    `Data: ${candidateCount.toLocaleString('en')} candidates, ${noteCount.toLocaleString('en')} notes, ` +
      `${(ourBytes / 1024 ** 2).toFixed(0)} MiB; run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  reportRows(root, 'search', recorder.rows);
  if (process.env.BENCH_KEEP) log(`kept the data in ${workDirectory}`);
  else rmSync(workDirectory, { recursive: true, force: true });
}

await main();
