import { backupKind, type BackupKind } from '../../../shared/schemas/backupKind.ts';
import { backupNamePattern } from '../../../shared/schemas/backupName.ts';

/** The kind and time a backup's file name records; null for any other file. */
export function parseBackupFileName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [hours, minutes, seconds, milliseconds] = time.slice(0, -1).split('-');
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${milliseconds}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { kind: backupKind.parse(match[2]), createdAt };
}
