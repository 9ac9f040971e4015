import type { Database } from 'better-sqlite3-multiple-ciphers';
import { percentile } from '../measure/percentile.ts';
import type { RowRecorder } from '../measure/RowRecorder.ts';
import { sampleTimes } from '../measure/sampleTimes.ts';
import { under } from '../measure/under.ts';
import { withinRatio } from '../measure/withinRatio.ts';
import type { BackendCall } from './BackendCall.ts';

const median = (samples: number[]) => percentile(samples, 0.5);

/** A busy candidate's profile and the first 50 items of their timeline, against the same work by hand. */
export async function measureProfile(
  call: BackendCall,
  baseline: Database,
  busyId: string,
  recorder: RowRecorder,
): Promise<void> {
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
  recorder.add(
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
