import type { Database } from 'better-sqlite3';
import { TodayRepository } from '../../src/main/storage/repositories/TodayRepository.ts';
import { percentile } from '../measure/percentile.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { sampleTimes } from '../measure/sampleTimes.ts';
import { under } from '../measure/under.ts';
import type { BackendCall } from '../search/BackendCall.ts';

const timeZone = 'Europe/Warsaw';

/**
 * Today through the router (validation, the merge by lateness, the output schema) against the same reads as
 * raw SQL on a second, read-only connection; and the wait list computed from the base tables, which is what
 * candidate_waits saves.
 */
export async function measureToday(
  call: BackendCall,
  baseline: Database,
  recorder: RowRecorder,
): Promise<void> {
  const raw = new TodayRepository(baseline);
  const today = new Date().toISOString().slice(0, 10);
  const from = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const overdue = baseline.prepare(
    'SELECT count(*) FROM candidate_waits INDEXED BY candidate_waits_due WHERE due_on IS NOT NULL AND due_on < ?',
  );
  const followUps = baseline.prepare(
    `SELECT * FROM follow_ups f JOIN candidates c ON c.id = f.candidate_id WHERE f.done_at IS NULL AND f.due_on <= ?
     ORDER BY f.due_on LIMIT 20`,
  );
  const settings = baseline.prepare(
    "SELECT key, value FROM settings WHERE key LIKE 'recruiter.%' OR key LIKE 'waiting.%'",
  );
  const rawToday = () => {
    settings.all();
    raw.running();
    raw.upcoming(from(0), 20);
    raw.unsubmittedScorecards(20);
    raw.waitsBySince(50);
    raw.waitsByDue(today, 50);
    raw.waitingCount(today);
    raw.answerDays(from(90));
    raw.answeredCandidates(from(90));
    overdue.get(today);
    followUps.all(today);
  };
  let total = 0;
  const ours = await sampleTimes(
    async () => {
      const overview = (await call('today.get', { timeZone, limit: 50 })) as {
        waiting: { total: number; items: unknown[] };
      };
      total = overview.waiting.total;
      if (overview.waiting.items.length === 0) throw new Error('nobody is waiting: the seed is wrong');
    },
    300,
    5,
  );
  const baselineSamples = await sampleTimes(rawToday, 300, 5);
  for (const [label, fraction] of [
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    recorder.add(
      {
        figure: `Today (today.get, ${total.toLocaleString('en')} waiting), ${label}`,
        value: percentile(ours, fraction),
        unit: 'ms',
        baseline: percentile(baselineSamples, fraction),
        target: label === 'p95' ? '< 20 ms' : 'informational',
      },
      label === 'p95' ? under(20) : () => true,
    );
  }

  // After a write the record's 90-day scans run again: the worst case, timed on its own.
  const afterWrite: number[] = [];
  for (let index = 0; index < 60; index += 1) {
    await call('profile.updateAnswering', { slaWorkingDays: 3 });
    const start = performance.now();
    await call('today.get', { timeZone, limit: 50 });
    afterWrite.push(performance.now() - start);
  }
  recorder.add(
    {
      figure: 'Today right after a write (record scanned again), p95',
      value: percentile(afterWrite, 0.95),
      unit: 'ms',
      baseline: percentile(baselineSamples, 0.95),
      target: '< 20 ms',
    },
    under(20),
  );

  // Without candidate_waits: the unanswered events found from interviews and stage changes on every read.
  const fromBaseTables = baseline.prepare(
    `SELECT w.candidate_id, min(w.since) AS since FROM candidate_wait_sources w
     JOIN candidates c ON c.id = w.candidate_id AND c.deleted_at IS NULL
     GROUP BY w.candidate_id ORDER BY since LIMIT 50`,
  );
  const naive = await sampleTimes(() => fromBaseTables.all(), 20, 1);
  const indexed = await sampleTimes(() => raw.waitsBySince(50), 300, 5);
  recorder.add(
    {
      figure: 'Waiting on you read from the base tables (no candidate_waits), p50',
      value: percentile(naive, 0.5),
      unit: 'ms',
      baseline: percentile(indexed, 0.5),
      target: 'informational (baseline: the candidate_waits index walk)',
    },
    () => true,
  );
}
