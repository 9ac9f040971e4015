import type { Database } from 'better-sqlite3';
import { newId } from '../../src/main/storage/newId.ts';

const day = 86_400_000;

/**
 * 50,000 interviews over the last 400 days and the next 28, as a busy recruiter has them: most answered within
 * a few days (a touchpoint), some never; a few scorecards left unsubmitted; stage changes, some silent; and
 * follow-ups, some overdue. Plain SQL in one transaction, so the triggers keep candidate_waits as the app would.
 */
export function seedToday(
  database: Database,
  options: { interviewCount: number; random: () => number; now: number },
): { waiting: number } {
  const { interviewCount, random, now } = options;
  const candidates = database.prepare<[], string>('SELECT id FROM candidates ORDER BY seq').pluck().all();
  const pick = () => candidates[Math.floor(random() * candidates.length)]!;
  const insertInterview = database.prepare(
    `INSERT INTO interviews (id, candidate_id, title, status, scheduled_at, started_at, ended_at, duration_seconds,
       duration_minutes, time_zone, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Europe/Warsaw', ?, ?)`,
  );
  const insertScorecard = database.prepare(
    'INSERT INTO scorecards (id, interview_id, submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertTouchpoint = database.prepare(
    `INSERT INTO touchpoints (id, candidate_id, kind, title, interview_id, happened_at)
     VALUES (?, ?, 'feedback_sent', 'Feedback sent', ?, ?)`,
  );
  const insertStageChange = database.prepare(
    `INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, changed_at)
     VALUES (?, ?, 'screening', 'interviewing', ?)`,
  );
  const insertFollowUp = database.prepare(
    `INSERT INTO follow_ups (id, candidate_id, title, due_on, origin, done_at, created_at, updated_at)
     VALUES (?, ?, 'Send the take-home', ?, 'profile', ?, ?, ?)`,
  );
  const iso = (time: number) => new Date(time).toISOString();
  database.transaction(() => {
    for (let index = 0; index < interviewCount; index += 1) {
      const candidateId = pick();
      const id = newId();
      const upcoming = index % 100 === 0;
      if (upcoming) {
        const start = iso(now + random() * 28 * day);
        insertInterview.run(
          id,
          candidateId,
          'Technical interview',
          'planned',
          start,
          null,
          null,
          null,
          45,
          iso(now),
          iso(now),
        );
        insertScorecard.run(newId(), id, null, iso(now), iso(now));
        continue;
      }
      const started = now - (1 + random() * 400) * day;
      const ended = started + 45 * 60_000;
      insertInterview.run(
        id,
        candidateId,
        'Technical interview',
        'done',
        iso(started),
        iso(started),
        iso(ended),
        2700,
        45,
        iso(started),
        iso(ended),
      );
      // One in 250 scorecards is still a draft.
      insertScorecard.run(
        newId(),
        id,
        index % 250 === 1 ? null : iso(ended + 3_600_000),
        iso(started),
        iso(ended),
      );
      // Nineteen in twenty candidates hear back, one to nine days later (never after now).
      if (index % 20 !== 3) {
        const answered = Math.min(now - 60_000, ended + (1 + random() * 8) * day);
        insertTouchpoint.run(newId(), candidateId, id, iso(answered));
      }
    }
    for (let index = 0; index < candidates.length / 10; index += 1) {
      const candidateId = pick();
      const changed = now - random() * 200 * day;
      insertStageChange.run(newId(), candidateId, iso(changed));
      if (index % 10 !== 0)
        insertTouchpoint.run(newId(), candidateId, null, iso(Math.min(now - 60_000, changed + day)));
    }
    for (let index = 0; index < 5_000; index += 1) {
      const due = new Date(now + (random() * 40 - 20) * day).toISOString().slice(0, 10);
      insertFollowUp.run(
        newId(),
        pick(),
        due,
        index % 2 === 0 ? iso(now - day) : null,
        iso(now - 30 * day),
        iso(now),
      );
    }
  })();
  return { waiting: database.prepare<[], number>('SELECT count(*) FROM candidate_waits').pluck().get()! };
}
