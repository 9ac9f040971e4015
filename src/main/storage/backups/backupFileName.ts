import type { BackupKind } from '../../../shared/schemas/backupKind.ts';

/** rapport-2026-05-01T10-20-30-123Z-daily.sqlite3: sorts by time as text, and has no character a file system refuses. */
export function backupFileName(kind: BackupKind, at: Date): string {
  return `rapport-${at.toISOString().replace(/[:.]/g, '-')}-${kind}.sqlite3`;
}
