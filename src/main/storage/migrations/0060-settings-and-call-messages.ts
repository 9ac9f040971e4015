import type { Migration } from './Migration.ts';

/**
 * App settings as key/value text (the signalling server, the recruiter's name and intro) and the chat of each
 * call, kept with its interview. A chat line's `message_key` is the id it had on the data channel, so saving
 * the same call twice stores each line once.
 */
export const settingsAndCallMessagesMigration: Migration = {
  version: 60,
  name: 'settings and call messages',
  up(database) {
    database.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE call_messages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        message_key TEXT NOT NULL,
        author TEXT NOT NULL CHECK (author IN ('recruiter', 'candidate')),
        author_name TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (interview_id, message_key)
      ) STRICT;
      CREATE INDEX call_messages_interview ON call_messages (interview_id, sent_at, seq);
    `);
  },
};
