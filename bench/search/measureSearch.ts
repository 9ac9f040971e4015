import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseSearchText } from '../../src/main/search/parseSearchText.ts';
import { toMatchExpression } from '../../src/main/search/toMatchExpression.ts';
import { percentile } from '../measure/percentile.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { sampleTimes } from '../measure/sampleTimes.ts';
import { under } from '../measure/under.ts';
import type { BackendCall } from './BackendCall.ts';
import { searchQueries } from './searchQueries.ts';

/**
 * Search: ours is the whole search.query call (candidates and notes, grouped, with snippets); the baseline is
 * the naive bm25-ranked MATCH on notes alone, with the same safely quoted expression.
 */
export async function measureSearch(
  call: BackendCall,
  baseline: Database,
  recorder: RowRecorder,
): Promise<void> {
  const naive = baseline.prepare(
    'SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 20',
  );
  for (const [kind, texts] of Object.entries(searchQueries)) {
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
      recorder.add(
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
    recorder.add(
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
}
