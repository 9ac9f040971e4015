import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../../src/main/storage/newId.ts';

/**
 * One candidate with a long history (20 interviews with their notes, 20 loose notes, 16 stage changes): the
 * profile figure opens this one, so its timeline has well over 50 items to choose from.
 */
export function seedBusyCandidate(database: Database, noteText: () => string): string {
  const id = newId();
  const base = Date.parse('2025-06-01T09:00:00Z');
  const at = (hours: number) => new Date(base + hours * 3_600_000).toISOString();
  const stages = ['sourced', 'contacted', 'screening', 'interviewing'];
  database.transaction(() => {
    database
      .prepare(
        `INSERT INTO candidates (id, name, email, role, source, tags, stage_id, created_at, updated_at, last_activity_at)
         VALUES (?, 'Zoë Kraków-Łęcka', 'zoe.busy@example.com', 'Staff Engineer', 'Referral', '["senior","remote"]',
                 'interviewing', ?, ?, ?)`,
      )
      .run(id, at(0), at(900), at(900));
    const stageChange = database.prepare(
      'INSERT INTO stage_changes (id, candidate_id, from_stage_id, to_stage_id, changed_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (let index = 0; index < 16; index += 1) {
      stageChange.run(
        newId(),
        id,
        index === 0 ? null : stages[(index - 1) % 4],
        stages[index % 4],
        at(index * 50),
      );
    }
    const interview = database.prepare(
      `INSERT INTO interviews (id, candidate_id, title, status, scheduled_at, started_at, ended_at, duration_seconds,
         created_at, updated_at) VALUES (?, ?, ?, 'done', ?, ?, ?, 2700, ?, ?)`,
    );
    const note = database.prepare(
      `INSERT INTO notes (id, candidate_id, interview_id, title, document, text, created_at, updated_at)
       VALUES (?, ?, ?, '', '{"type":"doc"}', ?, ?, ?)`,
    );
    for (let index = 0; index < 20; index += 1) {
      const interviewId = newId();
      interview.run(
        interviewId,
        id,
        `Interview round ${index + 1}`,
        at(index * 40),
        at(index * 40),
        at(index * 40 + 1),
        at(index * 40),
        at(index * 40),
      );
      note.run(newId(), id, interviewId, noteText(), at(index * 40), at(index * 40 + 1));
      note.run(newId(), id, null, noteText(), at(index * 40 + 20), at(index * 40 + 20));
    }
  })();
  return id;
}
