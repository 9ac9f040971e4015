// `npm run bench`: seeds a data directory with 100,000 candidates and 300,000 notes, then measures the list,
// the profile, search and import against a raw better-sqlite3 baseline run in the same process, on the same data.
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { openBackend } from '../src/main/backend/openBackend.ts';
import { parseSearchText } from '../src/main/search/parseSearchText.ts';
import { toMatchExpression } from '../src/main/search/toMatchExpression.ts';
import { newId } from '../src/main/storage/newId.ts';
import { openDatabase } from '../src/main/storage/openDatabase.ts';
import type { BenchRow } from './measure/BenchRow.ts';
import { markdownTable } from './measure/markdownTable.ts';
import { percentile } from './measure/percentile.ts';
import { sampleTimes } from './measure/sampleTimes.ts';
import { buildWordRanking } from './seed/buildWordRanking.ts';
import { bulkLoadNotes, type SeedNote } from './seed/bulkLoadNotes.ts';
import { createRandom } from './seed/createRandom.ts';
import { createZipfSampler } from './seed/createZipfSampler.ts';
import { generateCandidate } from './seed/generateCandidate.ts';
import { generateNoteText } from './seed/generateNoteText.ts';
import { seedBusyCandidate } from './seed/seedBusyCandidate.ts';
import { toCsv } from './seed/toCsv.ts';

const candidateCount = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const noteCount = Number(process.env.BENCH_NOTES ?? 300_000);
const root = path.resolve(import.meta.dirname, '..');
const workDirectory = process.env.BENCH_KEEP
  ? path.join(tmpdir(), 'rapport-bench-kept')
  : path.join(tmpdir(), `rapport-bench-${process.pid}`);
const dataDirectory = path.join(workDirectory, 'data');
const log = (message: string) => console.error(`[bench] ${message}`);
const rows: BenchRow[] = [];

/** Words planted in a few notes each: the "rare" queries, like a name or a project mentioned once or twice. */
const rareWords = [
  'serendipitous',
  'quixotic',
  'zanzibar',
  'obsequious',
  'pulchritude',
  'sesquipedalian',
  'defenestration',
  'kerfuffle',
  'brouhaha',
  'lollygag',
];
const queries = {
  rare: [
    'serendipitous',
    'quixotic',
    'zanzibar',
    'kerfuffle',
    'brouhaha',
    'lollygag',
    'defenestration',
    'Łęcka',
    'pulchritude',
    'obsequious',
  ],
  common: [
    'the',
    'and',
    'experience',
    'team',
    'candidate',
    'strong',
    'communication',
    'asked',
    'salary',
    'good',
  ],
  prefix: ['th', 'ex', 'exp', 'expe', 'kub', 'kube', 'comm', 'sala', 'pyth', 'inte'],
  phrase: [
    'strong communication',
    'the team',
    'kubernetes experience',
    'salary expectations remote',
    'zoë kraków',
    'python design review',
    'the and to',
    'good technical questions',
    'serendipitous team',
    'hiring manager feedback',
  ],
};

function add(row: Omit<BenchRow, 'ratio' | 'met'>, met: (row: BenchRow) => boolean): void {
  const complete: BenchRow = { ...row, ratio: row.baseline ? row.value / row.baseline : null, met: false };
  complete.met = met(complete);
  rows.push(complete);
  log(`${row.figure}: ${row.value.toFixed(2)} ${row.unit} (baseline ${row.baseline?.toFixed(2) ?? '—'})`);
}

const withinRatio = (row: BenchRow) => row.ratio === null || row.ratio <= 1.5;
const under = (limit: number) => (row: BenchRow) => row.value < limit;

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

  // ── Import: ours (the router, as the import screen calls it) and raw inserts of the same rows ────────────────
  const backend = openBackend({ dataDirectory, version: 'bench' });
  const importStart = performance.now();
  const imported = await backend.router.call('candidates.import', { csv });
  const importMs = performance.now() - importStart;
  if (!imported.ok || (imported.value as { imported: number }).imported !== candidateCount) {
    throw new Error(`import failed: ${JSON.stringify(imported).slice(0, 500)}`);
  }

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
  add(
    {
      figure: `import ${candidateCount.toLocaleString('en')} candidates (CSV)`,
      value: importMs,
      unit: 'ms',
      baseline: rawImportMs,
      target: '≤ 1.5× raw',
    },
    withinRatio,
  );

  // ── Notes ───────────────────────────────────────────────────────────────────────────────────────────────────
  backend.close();
  const database = openDatabase(path.join(dataDirectory, 'rapport.sqlite3'));
  const candidateIds = database.prepare<[], string>('SELECT id FROM candidates ORDER BY seq').pluck().all();
  const nextWord = createZipfSampler(buildWordRanking(), random);
  const base = Date.parse('2023-01-01T00:00:00Z');
  const span = Date.now() - base;
  function* notes(): Generator<SeedNote> {
    for (let index = 0; index < noteCount; index += 1) {
      // Each rare word lands in about five notes.
      const planted =
        index % Math.floor(noteCount / (rareWords.length * 5)) === 0
          ? [rareWords[index % rareWords.length]!]
          : [];
      yield {
        candidateId: candidateIds[Math.floor(random() * candidateIds.length)]!,
        text: generateNoteText(random, nextWord, planted),
        createdAt: new Date(base + Math.floor((index / noteCount) * span)).toISOString(),
      };
    }
  }
  const notesStart = performance.now();
  bulkLoadNotes(database, notes());
  log(`notes loaded in ${((performance.now() - notesStart) / 1000).toFixed(1)} s`);
  const busyId = seedBusyCandidate(database, () => generateNoteText(random, nextWord));
  database.pragma('optimize');
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // ── Reads: ours through the router, the baseline as hand-written SQL on the same file ───────────────────────
  const ours = openBackend({ dataDirectory, version: 'bench' });
  const baseline = new BetterSqlite3(path.join(dataDirectory, 'rapport.sqlite3'), { readonly: true });
  const call = async (method: string, input: unknown) => {
    const result = await ours.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const median = (samples: number[]) => percentile(samples, 0.5);

  const listCases: Array<{
    label: string;
    input: Record<string, unknown>;
    where: string;
    order: string;
    from?: string;
  }> = [
    {
      label: 'list first page (100, last activity)',
      input: {},
      where: 'deleted_at IS NULL',
      order: 'last_activity_at DESC, seq',
    },
    {
      label: 'list first page by name',
      input: { sort: 'name' },
      where: 'deleted_at IS NULL',
      order: 'name COLLATE NOCASE, seq',
    },
    {
      label: 'list first page by stage',
      input: { sort: 'stage' },
      where: 'c.deleted_at IS NULL',
      order: 's.position, c.last_activity_at DESC, c.seq',
      from: 'stages s CROSS JOIN candidates c ON c.stage_id = s.id',
    },
    {
      label: 'list first page, stage + role filter',
      input: { stageId: 'screening', role: 'Software Engineer' },
      where: "deleted_at IS NULL AND stage_id = 'screening' AND role = 'Software Engineer' COLLATE NOCASE",
      order: 'last_activity_at DESC, seq',
    },
    {
      label: 'list first page, tag filter, by name',
      input: { tag: 'remote', sort: 'name' },
      where: "deleted_at IS NULL AND seq IN (SELECT candidate_seq FROM candidate_tags WHERE tag = 'remote')",
      order: 'name COLLATE NOCASE, seq',
    },
  ];
  for (const listCase of listCases) {
    const from = listCase.from ?? 'candidates c';
    const page = baseline.prepare(
      `SELECT c.* FROM ${from} WHERE ${listCase.where} ORDER BY ${listCase.order} LIMIT 100`,
    );
    const count = baseline.prepare(
      `SELECT count(*) FROM candidates c WHERE ${listCase.where.replaceAll('c.', '')}`,
    );
    const oursSamples = await sampleTimes(
      () => call('candidates.list', { limit: 100, ...listCase.input }),
      50,
    );
    const baselineSamples = await sampleTimes(() => [page.all(), count.get()], 50);
    add(
      {
        figure: listCase.label,
        value: median(oursSamples),
        unit: 'ms',
        baseline: median(baselineSamples),
        target: '< 5 ms, ≤ 1.5× raw',
      },
      (row) => under(5)(row) && withinRatio(row),
    );
  }
  {
    const page = baseline.prepare(
      'SELECT * FROM candidates WHERE deleted_at IS NULL ORDER BY last_activity_at DESC, seq LIMIT 100 OFFSET 99900',
    );
    const count = baseline.prepare('SELECT count(*) FROM candidates WHERE deleted_at IS NULL');
    const oursSamples = await sampleTimes(() => call('candidates.list', { limit: 100, offset: 99_900 }), 20);
    const baselineSamples = await sampleTimes(() => [page.all(), count.get()], 20);
    add(
      {
        figure: 'list last page (offset 99,900)',
        value: median(oursSamples),
        unit: 'ms',
        baseline: median(baselineSamples),
        target: '< 30 ms, ≤ 1.5× raw',
      },
      (row) => under(30)(row) && withinRatio(row),
    );
  }

  {
    const candidate = baseline.prepare('SELECT * FROM candidates WHERE id = ?');
    // The same work by hand: the three kinds of touchpoint with what a timeline shows of each (stage names, a
    // note's interview title, the start of its text), newest first, and how many there are in all.
    const touchpoints = `
        SELECT 'stageChange' AS kind, id, changed_at AS date, NULL AS interview_id, NULL AS title, NULL AS text,
          NULL AS status, from_stage_id, to_stage_id, (SELECT name FROM stages WHERE stages.id = to_stage_id) AS name,
          reason, 2 AS kind_order, seq
        FROM stage_changes WHERE candidate_id = @id
        UNION ALL
        SELECT 'interview', id, coalesce(started_at, scheduled_at, created_at), id, title, NULL, status, NULL, NULL,
          NULL, NULL, 0, seq
        FROM interviews WHERE candidate_id = @id AND deleted_at IS NULL
        UNION ALL
        SELECT 'note', notes.id, coalesce(interviews.started_at, interviews.scheduled_at, notes.created_at),
          notes.interview_id, coalesce(nullif(notes.title, ''), interviews.title), substr(notes.text, 1, 300), NULL,
          NULL, NULL, NULL, NULL, 1, notes.seq
        FROM notes LEFT JOIN interviews ON interviews.id = notes.interview_id
        WHERE notes.candidate_id = @id AND notes.deleted_at IS NULL AND trim(notes.text) <> ''
          AND (notes.interview_id IS NULL OR interviews.deleted_at IS NULL)`;
    const timeline = baseline.prepare(
      `SELECT * FROM (${touchpoints}) ORDER BY date DESC, kind_order, seq DESC LIMIT 50`,
    );
    const total = baseline.prepare(`SELECT count(*) FROM (${touchpoints})`);
    const oursSamples = await sampleTimes(async () => {
      await call('candidates.get', { id: busyId });
      const { items } = (await call('candidates.timeline', { id: busyId, limit: 50 })) as {
        items: unknown[];
      };
      if (items.length !== 50) throw new Error(`the timeline has ${items.length} items, not 50`);
    }, 50);
    const baselineSamples = await sampleTimes(
      () => [candidate.get(busyId), timeline.all({ id: busyId }), total.get({ id: busyId })],
      50,
    );
    add(
      {
        figure: 'profile + 50 timeline items',
        value: median(oursSamples),
        unit: 'ms',
        baseline: median(baselineSamples),
        target: '< 10 ms, ≤ 1.5× raw',
      },
      (row) => under(10)(row) && withinRatio(row),
    );
  }

  // Search: ours is the whole search.query call (candidates and notes, grouped, with snippets); the baseline is
  // the naive bm25-ranked MATCH on notes alone, with the same safely quoted expression.
  const naive = baseline.prepare(
    'SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  for (const [kind, texts] of Object.entries(queries)) {
    const oursSamples: number[] = [];
    const baselineSamples: number[] = [];
    for (const text of texts) {
      oursSamples.push(...(await sampleTimes(() => call('search.query', { text, limit: 20 }), 15)));
      const match = toMatchExpression(parseSearchText(text), 2);
      baselineSamples.push(...(await sampleTimes(() => naive.all(match), 3, 1)));
    }
    const label = kind === 'phrase' ? '2–3 word' : kind;
    for (const [name, fraction] of [
      ['p50', 0.5],
      ['p95', 0.95],
    ] as const) {
      add(
        {
          figure: `search ${label} terms ${name}`,
          value: percentile(oursSamples, fraction),
          unit: 'ms',
          baseline: percentile(baselineSamples, fraction),
          target: '< 30 ms',
        },
        under(30),
      );
    }
  }
  {
    const word = 'kubernetes';
    const samples: number[] = [];
    for (let length = 1; length <= word.length; length += 1) {
      samples.push(
        ...(await sampleTimes(() => call('search.query', { text: word.slice(0, length), limit: 20 }), 5)),
      );
    }
    const baselineSamples: number[] = [];
    for (let length = 1; length <= word.length; length += 1) {
      const match = toMatchExpression(parseSearchText(word.slice(0, length)), 1);
      baselineSamples.push(...(await sampleTimes(() => naive.all(match), 1, 0)));
    }
    add(
      {
        figure: 'search as you type “kubernetes” p95',
        value: percentile(samples, 0.95),
        unit: 'ms',
        baseline: percentile(baselineSamples, 0.95),
        target: '< 30 ms',
      },
      under(30),
    );
  }
  baseline.close();
  ours.close();

  // Size: our file against the same rows in plain tables with one plain FTS5 index each (no prefix index,
  // no list indexes): what the naive search baseline needs.
  const ourBytes = statSync(path.join(dataDirectory, 'rapport.sqlite3')).size;
  const plainFile = path.join(workDirectory, 'plain.sqlite3');
  const plain = new BetterSqlite3(plainFile);
  plain.exec(`ATTACH '${path.join(dataDirectory, 'rapport.sqlite3')}' AS ours;
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
  add(
    {
      figure: 'database size',
      value: ourBytes / 1024 ** 2,
      unit: 'MiB',
      baseline: plainBytes / 1024 ** 2,
      target: '≤ 1.5× plain',
    },
    withinRatio,
  );

  // ── Report ──────────────────────────────────────────────────────────────────────────────────────────────────
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${availableParallelism()} cores (${cpu}), Node ${process.version}, SQLite ${new BetterSqlite3(':memory:').prepare('SELECT sqlite_version() AS v').pluck().get() as string}`,
  );
  console.log(
    `Data: ${candidateCount.toLocaleString('en')} candidates, ${noteCount.toLocaleString('en')} notes, ` +
      `${(ourBytes / 1024 ** 2).toFixed(0)} MiB; run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log('');
  console.log(markdownTable(rows));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'search.json'), `${JSON.stringify(rows, null, 2)}\n`);
  if (process.env.BENCH_KEEP) log(`kept the data in ${workDirectory}`);
  else rmSync(workDirectory, { recursive: true, force: true });
}

await main();
