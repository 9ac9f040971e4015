import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CallMessage } from '../../../shared/schemas/callMessage.ts';
import { newId } from '../newId.ts';

type Row = {
  message_key: string;
  author: 'recruiter' | 'candidate';
  author_name: string;
  text: string;
  sent_at: string;
};

/** The chat lines of calls, each kept with its interview. */
export class CallMessageRepository {
  private readonly database: Database;
  private readonly insert;
  private readonly count;
  private readonly list;

  constructor(database: Database) {
    this.database = database;
    this.insert = database.prepare<[string, string, string, string, string, string, string, string]>(
      `INSERT INTO call_messages (id, interview_id, message_key, author, author_name, text, sent_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (interview_id, message_key) DO NOTHING`,
    );
    this.count = database.prepare<[string], { total: number }>(
      'SELECT count(*) AS total FROM call_messages WHERE interview_id = ?',
    );
    this.list = database.prepare<[string], Row>(
      `SELECT message_key, author, author_name, text, sent_at FROM call_messages
       WHERE interview_id = ? ORDER BY sent_at, seq`,
    );
  }

  /** Adds the lines not saved before, in one transaction. Returns how many were new and how many there are now. */
  save(
    interviewId: string,
    messages: readonly CallMessage[],
    now = new Date().toISOString(),
  ): { saved: number; total: number } {
    return this.database.transaction(() => {
      let saved = 0;
      for (const message of messages) {
        saved += this.insert.run(
          newId(),
          interviewId,
          message.id,
          message.author,
          message.authorName,
          message.text,
          message.sentAt,
          now,
        ).changes;
      }
      return { saved, total: this.count.get(interviewId)?.total ?? 0 };
    })();
  }

  forInterview(interviewId: string): CallMessage[] {
    return this.list.all(interviewId).map((row) => ({
      id: row.message_key,
      author: row.author,
      authorName: row.author_name,
      text: row.text,
      sentAt: row.sent_at,
    }));
  }
}
