/** "2026-05-01 10:20 UTC": the same in the log, the terminal and the recovery screen. */
export function formatBackupTime(createdAt: string): string {
  return `${createdAt.slice(0, 10)} ${createdAt.slice(11, 16)} UTC`;
}
