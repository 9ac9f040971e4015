import type { Migration } from './Migration.ts';

/** Recomputes one candidate's row of candidate_waits from the tables it summarises. */
function refreshWaits(candidate: string): string {
  return `
    DELETE FROM candidate_waits WHERE candidate_id = ${candidate};
    INSERT INTO candidate_waits (candidate_id, since, reason, interview_id, due_on, follow_up_id)
      SELECT ${candidate}, w.since, w.reason, w.interview_id, f.due_on, f.id
      FROM (SELECT 1) AS one
      LEFT JOIN (SELECT since, reason, interview_id FROM candidate_wait_sources
                 WHERE candidate_id = ${candidate} ORDER BY since LIMIT 1) AS w ON 1
      LEFT JOIN (SELECT due_on, id FROM follow_ups
                 WHERE candidate_id = ${candidate} AND done_at IS NULL ORDER BY due_on LIMIT 1) AS f ON 1
      WHERE (w.since IS NOT NULL OR f.due_on IS NOT NULL)
        AND EXISTS (SELECT 1 FROM candidates c JOIN stages s ON s.id = c.stage_id
                    WHERE c.id = ${candidate} AND c.deleted_at IS NULL AND s.kind <> 'withdrawn');`;
}

/**
 * Today, scheduling, follow-ups and feedback (issue 10): the candidate's time zone, interview times and their
 * call rooms, touchpoints (contact with the candidate), follow-ups, feedback drafts, rejection reasons, and
 * candidate_waits, one row per candidate waiting on the recruiter, kept by triggers so Today reads an index.
 */
export const todayAndFollowUpsMigration: Migration = {
  version: 100,
  name: 'today and follow-ups',
  up(database) {
    database.exec(`
      ALTER TABLE candidates ADD COLUMN time_zone TEXT;
      ALTER TABLE stage_changes ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons));

      ALTER TABLE interviews ADD COLUMN duration_minutes INTEGER CHECK (duration_minutes BETWEEN 5 AND 480);
      -- The recruiter's zone when it was scheduled: the invitation gives the time in it.
      ALTER TABLE interviews ADD COLUMN time_zone TEXT;
      -- iCalendar SEQUENCE: grows with every reschedule and the cancellation, under one UID.
      ALTER TABLE interviews ADD COLUMN invite_sequence INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE interviews ADD COLUMN cancelled_at TEXT;
      -- The first contact with the candidate after the interview ended, for the recruiter's own record.
      ALTER TABLE interviews ADD COLUMN answered_at TEXT;

      -- The call room a scheduled interview's invitation links to, reused when the call starts.
      CREATE TABLE interview_rooms (
        interview_id TEXT PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
        server_url TEXT NOT NULL,
        room_id TEXT NOT NULL,
        host_token TEXT NOT NULL,
        join_url TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE touchpoints (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('feedback_sent', 'follow_up_done', 'replied', 'interview_scheduled',
          'interview_rescheduled', 'interview_cancelled')),
        title TEXT NOT NULL,
        detail TEXT,
        interview_id TEXT REFERENCES interviews (id) ON DELETE SET NULL,
        happened_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX touchpoints_candidate ON touchpoints (candidate_id, happened_at);

      CREATE TABLE follow_ups (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        interview_id TEXT REFERENCES interviews (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        quote TEXT NOT NULL DEFAULT '',
        due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        origin TEXT NOT NULL CHECK (origin IN ('profile', 'note', 'call', 'today')),
        done_at TEXT,
        notified_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX follow_ups_open ON follow_ups (due_on) WHERE done_at IS NULL;
      CREATE INDEX follow_ups_candidate ON follow_ups (candidate_id, done_at, due_on);

      CREATE TABLE feedback (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        interview_id TEXT UNIQUE REFERENCES interviews (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('advance', 'decline')),
        subject TEXT NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document)),
        text TEXT NOT NULL,
        specifics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(specifics)),
        save_sequence INTEGER NOT NULL DEFAULT 0,
        sent_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_candidate ON feedback (candidate_id, sent_at);

      -- Unanswered events, one row each: an interview that ended with no contact since, and a candidate's latest
      -- stage change (not being added) with no contact since. Contact is any touchpoint.
      CREATE VIEW candidate_wait_sources AS
        SELECT i.candidate_id AS candidate_id, 'interview' AS reason, i.ended_at AS since, i.id AS interview_id
        FROM interviews i
        WHERE i.status = 'done' AND i.deleted_at IS NULL AND i.ended_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM touchpoints t
                          WHERE t.candidate_id = i.candidate_id AND t.happened_at >= i.ended_at)
        UNION ALL
        SELECT s.candidate_id, 'stage', s.changed_at, NULL
        FROM stage_changes s
        WHERE s.from_stage_id IS NOT NULL
          AND s.seq = (SELECT max(seq) FROM stage_changes latest WHERE latest.candidate_id = s.candidate_id)
          AND NOT EXISTS (SELECT 1 FROM touchpoints t
                          WHERE t.candidate_id = s.candidate_id AND t.happened_at >= s.changed_at);

      -- One row per live candidate (not in the Trash, not withdrawn) who is, or will be, waiting: the earliest
      -- unanswered event, and the earliest open follow-up's due day. Whether that day has come is decided when
      -- reading, against the clock.
      CREATE TABLE candidate_waits (
        candidate_id TEXT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
        since TEXT,
        reason TEXT CHECK (reason IN ('interview', 'stage')),
        interview_id TEXT,
        due_on TEXT,
        follow_up_id TEXT
      ) STRICT;
      CREATE INDEX candidate_waits_since ON candidate_waits (since) WHERE since IS NOT NULL;
      CREATE INDEX candidate_waits_due ON candidate_waits (due_on) WHERE due_on IS NOT NULL;

      CREATE INDEX scorecards_unsubmitted ON scorecards (interview_id) WHERE submitted_at IS NULL;
      CREATE INDEX interviews_upcoming ON interviews (scheduled_at)
        WHERE status = 'planned' AND deleted_at IS NULL AND cancelled_at IS NULL AND scheduled_at IS NOT NULL;
      CREATE INDEX interviews_running ON interviews (started_at) WHERE status = 'in_progress' AND deleted_at IS NULL;
      -- Covering, so the recruiter's record reads the index alone.
      CREATE INDEX interviews_ended ON interviews (ended_at, answered_at, candidate_id)
        WHERE status = 'done' AND deleted_at IS NULL;

      CREATE TRIGGER waits_interview_inserted AFTER INSERT ON interviews WHEN NEW.status = 'done' BEGIN
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_interview_changed AFTER UPDATE OF status, ended_at, deleted_at ON interviews BEGIN
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_interview_deleted AFTER DELETE ON interviews BEGIN
        ${refreshWaits('OLD.candidate_id')}
      END;
      CREATE TRIGGER waits_stage_changed AFTER INSERT ON stage_changes WHEN NEW.from_stage_id IS NOT NULL BEGIN
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_stage_undone AFTER DELETE ON stage_changes BEGIN
        ${refreshWaits('OLD.candidate_id')}
      END;
      CREATE TRIGGER waits_touchpoint_added AFTER INSERT ON touchpoints BEGIN
        UPDATE interviews SET answered_at = NEW.happened_at
          WHERE candidate_id = NEW.candidate_id AND status = 'done' AND answered_at IS NULL
            AND ended_at <= NEW.happened_at;
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_touchpoint_removed AFTER DELETE ON touchpoints BEGIN
        ${refreshWaits('OLD.candidate_id')}
      END;
      CREATE TRIGGER waits_candidate_changed AFTER UPDATE OF deleted_at, stage_id ON candidates BEGIN
        ${refreshWaits('NEW.id')}
      END;
      CREATE TRIGGER waits_follow_up_added AFTER INSERT ON follow_ups BEGIN
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_follow_up_changed AFTER UPDATE OF done_at, due_on ON follow_ups BEGIN
        ${refreshWaits('NEW.candidate_id')}
      END;
      CREATE TRIGGER waits_follow_up_removed AFTER DELETE ON follow_ups BEGIN
        ${refreshWaits('OLD.candidate_id')}
      END;
    `);
    // Interviews that ended before this version: their candidates start out waiting if nobody answered since.
    database.exec(`
      INSERT INTO candidate_waits (candidate_id, since, reason, interview_id)
        SELECT candidate_id, since, reason, interview_id FROM (
          SELECT candidate_id, since, reason, interview_id,
            row_number() OVER (PARTITION BY candidate_id ORDER BY since) AS position
          FROM candidate_wait_sources)
        WHERE position = 1 AND candidate_id IN (SELECT c.id FROM candidates c JOIN stages s ON s.id = c.stage_id
                                                WHERE c.deleted_at IS NULL AND s.kind <> 'withdrawn');
    `);
  },
};
