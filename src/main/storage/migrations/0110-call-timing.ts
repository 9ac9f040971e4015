import type { Migration } from './Migration.ts';

/**
 * The call's own clock, apart from the interview's: when the call first connected and when it ended. An
 * interview can be started well before the candidate joins, so started → ended overstated the call. Interviews
 * from before this have no call times; they keep their interview duration.
 *
 * With it (the same issue's scorecard rules), a note on each rating, on the card and on each submitted revision:
 * a kit can require one. Cards from before have none.
 */
export const callTimingMigration: Migration = {
  version: 110,
  name: 'call timing and rating notes',
  up(database) {
    database.exec(`
      ALTER TABLE interviews ADD COLUMN call_connected_at TEXT;
      ALTER TABLE interviews ADD COLUMN call_ended_at TEXT;
      ALTER TABLE scorecards ADD COLUMN rating_notes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(rating_notes));
      ALTER TABLE scorecard_revisions ADD COLUMN rating_notes TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(rating_notes));
    `);
  },
};
