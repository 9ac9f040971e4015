import type { Database } from 'better-sqlite3-multiple-ciphers';

/** The keys Rapport stores; anything else in the table is ignored. */
export const settingKeys = {
  signalingUrl: 'signaling.url',
  signalingKey: 'signaling.key',
  recruiterName: 'recruiter.name',
  introMessage: 'recruiter.intro',
  relayOnly: 'calls.relay_only',
  recruiterCompany: 'recruiter.company',
  recruiterEmail: 'recruiter.email',
  recruiterPhoto: 'recruiter.photo',
  onboarding: 'recruiter.onboarding',
  slaWorkingDays: 'waiting.sla_working_days',
  rejectionReasons: 'feedback.rejection_reasons',
  recordingRetentionDays: 'recordings.retention_days',
} as const;

export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];

/** Key/value settings. A missing row means "not set"; writing null deletes the row. */
export class SettingsRepository {
  private readonly database: Database;
  private readonly select;
  private readonly upsert;
  private readonly remove;

  constructor(database: Database) {
    this.database = database;
    this.select = database.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.upsert = database.prepare<[string, string, string]>(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    this.remove = database.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  }

  get(key: SettingKey): string | null {
    return this.select.get(key)?.value ?? null;
  }

  /** Writes every given key in one transaction: a settings form saves all or nothing. */
  setMany(values: Partial<Record<SettingKey, string | null>>, now = new Date().toISOString()): void {
    this.database.transaction(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) continue;
        if (value === null) this.remove.run(key);
        else this.upsert.run(key, value, now);
      }
    })();
  }
}
