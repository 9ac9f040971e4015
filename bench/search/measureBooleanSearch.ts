import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Stage } from '../../src/shared/schemas/stage.ts';
import { parseSearch } from '../../src/main/search/parsing/parseSearch.ts';
import { percentile } from '../measure/percentile.ts';
import { sampleTimes } from '../measure/sampleTimes.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { under } from '../measure/under.ts';
import type { BackendCall } from './BackendCall.ts';
import { booleanQueries } from './booleanQueries.ts';
import { naiveBooleanSql } from './naiveBooleanSql.ts';

const rounds = 15;

/** Times an action once per query per round, rounds interleaving the queries so no answer is still cached. */
async function timeRounds(action: (query: string) => unknown, repeats: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = -1; round < repeats; round += 1) {
    for (const query of booleanQueries) {
      const start = performance.now();
      await action(query);
      if (round >= 0) samples.push(performance.now() - start);
    }
  }
  return samples;
}

/**
 * Boolean search, ours against the naive FTS5 way (naiveBooleanSql) on the same file: Ctrl+K's answer (20
 * candidates and the total), the list's first page (100 and the total), the same right after a write (nothing
 * cached), and the sidebar's saved searches each counted.
 */
export async function measureBooleanSearch(
  call: BackendCall,
  baseline: Database,
  recorder: RowRecorder,
): Promise<void> {
  const stages = baseline.prepare('SELECT id, name, position, kind FROM stages').all() as Stage[];
  const naive = (query: string, limit: number) => {
    const parameters: string[] = [];
    const where = `c.deleted_at IS NULL AND ${naiveBooleanSql(parseSearch(query).tree!, stages, parameters)}`;
    const page = baseline
      .prepare(
        `SELECT c.id FROM candidates c WHERE ${where} ORDER BY c.last_activity_at DESC, c.seq LIMIT ${limit}`,
      )
      .all(...parameters);
    const total = baseline
      .prepare(`SELECT count(*) AS total FROM candidates c WHERE ${where}`)
      .get(...parameters);
    return [page, total];
  };
  const quick = await timeRounds((text) => call('search.query', { text, limit: 20 }), rounds);
  const quickBaseline = await timeRounds((text) => naive(text, 20), 2);
  for (const [name, fraction] of [
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    recorder.add(
      {
        figure: `Boolean search, ≤ 4 operators + a field, Ctrl+K (20 + total) ${name}`,
        value: percentile(quick, fraction),
        unit: 'ms',
        baseline: percentile(quickBaseline, fraction),
        target: '< 30 ms',
      },
      under(30),
    );
  }
  const list = await timeRounds((text) => call('search.candidates', { text, limit: 100 }), rounds);
  const listBaseline = await timeRounds((text) => naive(text, 100), 2);
  recorder.add(
    {
      figure: 'Boolean search, list first page (100 + total) p95',
      value: percentile(list, 0.95),
      unit: 'ms',
      baseline: percentile(listBaseline, 0.95),
      target: '< 30 ms',
    },
    under(30),
  );
  // A write empties every kept answer: the first search after it orders every candidate again.
  const { id } = ((await call('candidates.list', { limit: 1 })) as { items: Array<{ id: string }> })
    .items[0]!;
  let touch = 0;
  const afterWrite = await timeRounds(async (text) => {
    touch += 1;
    await call('candidates.update', {
      id,
      changes: { phone: `+48 500 000 ${String(touch % 1000).padStart(3, '0')}` },
    });
    await call('search.candidates', { text, limit: 100 });
  }, 3);
  recorder.add(
    {
      figure: 'Boolean search, list first page right after a write p95 (incl. the write)',
      value: percentile(afterWrite, 0.95),
      unit: 'ms',
      baseline: percentile(listBaseline, 0.95),
      target: '< 50 ms',
    },
    under(50),
  );
  for (const [index, query] of booleanQueries.slice(0, 10).entries())
    await call('savedSearches.create', { name: `Saved ${index + 1}`, query });
  const counted = await sampleTimes(() => call('savedSearches.list', {}), 20);
  const countedBaseline = await sampleTimes(
    () => booleanQueries.slice(0, 10).map((query) => naive(query, 0)),
    3,
    1,
  );
  recorder.add(
    {
      figure: 'saved searches in the sidebar, 10 counted, p95',
      value: percentile(counted, 0.95),
      unit: 'ms',
      baseline: percentile(countedBaseline, 0.95),
      target: '< 100 ms',
    },
    under(100),
  );
}
