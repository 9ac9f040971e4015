import type { BackupKind } from '../../shared/schemas/backupKind.ts';

/** Why each backup exists, as the Backups list says it. */
export const backupKindLabels: Record<BackupKind, string> = {
  daily: 'Daily',
  quit: 'When Rapport quit',
  manual: 'Backed up by you',
  'before-restore': 'Before a restore',
  'before-encryption': 'Before encryption',
};
