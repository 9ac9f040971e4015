import type { Database } from 'better-sqlite3-multiple-ciphers';
import { percentile } from '../measure/percentile.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { sampleTimes } from '../measure/sampleTimes.ts';
import { under } from '../measure/under.ts';
import { withinRatio } from '../measure/withinRatio.ts';
import type { BackendCall } from './BackendCall.ts';
import { listCases } from './listCases.ts';

const median = (samples: number[]) => percentile(samples, 0.5);

/** The candidate list's first pages (sorted and filtered) and its last page, against hand-written SQL. */
export async function measureLists(
  call: BackendCall,
  baseline: Database,
  recorder: RowRecorder,
): Promise<void> {
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
    recorder.add(
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
    recorder.add(
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
}
