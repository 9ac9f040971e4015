import { percentile } from '../measure/percentile.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import type { BenchRow } from '../measure/BenchRow.ts';
import type { BackendCall } from './BackendCall.ts';
import { listCases } from './listCases.ts';
import { searchQueries } from './searchQueries.ts';

const target = '≤ 1.3× plaintext';
const withinEncryptionBudget = (row: BenchRow) => row.ratio === null || row.ratio <= 1.3;

/** Times `action` on both sides in turns (A, B, A, B…), so a busy machine slows both alike. */
async function alternate(
  encrypted: () => Promise<unknown>,
  plaintext: () => Promise<unknown>,
  repeats: number,
): Promise<{ encrypted: number[]; plaintext: number[] }> {
  const samples = { encrypted: [] as number[], plaintext: [] as number[] };
  for (let index = 0; index < repeats + 2; index += 1) {
    for (const side of ['encrypted', 'plaintext'] as const) {
      const start = performance.now();
      await (side === 'encrypted' ? encrypted() : plaintext());
      // The first two rounds warm caches and prepared statements.
      if (index >= 2) samples[side].push(performance.now() - start);
    }
  }
  return samples;
}

/**
 * What encryption at rest costs the figures a recruiter feels: the list's first pages and search, through the
 * same router on the same rows, encrypted against a plaintext copy, in one run.
 */
export async function measureEncryption(
  encrypted: BackendCall,
  plaintext: BackendCall,
  recorder: RowRecorder,
): Promise<void> {
  for (const listCase of listCases) {
    const input = { limit: 100, ...listCase.input };
    const samples = await alternate(
      () => encrypted('candidates.list', input),
      () => plaintext('candidates.list', input),
      40,
    );
    recorder.add(
      {
        figure: `encrypted: ${listCase.label}`,
        value: percentile(samples.encrypted, 0.5),
        unit: 'ms',
        baseline: percentile(samples.plaintext, 0.5),
        target,
      },
      withinEncryptionBudget,
    );
  }
  for (const [kind, texts] of Object.entries(searchQueries)) {
    const all = { encrypted: [] as number[], plaintext: [] as number[] };
    for (const text of texts) {
      const samples = await alternate(
        () => encrypted('search.query', { text, limit: 20 }),
        () => plaintext('search.query', { text, limit: 20 }),
        8,
      );
      all.encrypted.push(...samples.encrypted);
      all.plaintext.push(...samples.plaintext);
    }
    for (const [name, fraction] of [
      ['p50', 0.5],
      ['p95', 0.95],
    ] as const) {
      recorder.add(
        {
          figure: `encrypted: search ${kind === 'phrase' ? '2–3 word' : kind} terms ${name}`,
          value: percentile(all.encrypted, fraction),
          unit: 'ms',
          baseline: percentile(all.plaintext, fraction),
          target,
        },
        withinEncryptionBudget,
      );
    }
  }
}
