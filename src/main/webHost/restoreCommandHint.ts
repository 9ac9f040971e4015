/** The command that restores the newest backup, for the terminal message about a damaged database. */
export function restoreCommandHint(dataDirectory: string): string {
  return `To restore the newest backup (the damaged file is kept aside, not deleted), run: npm run web -- --data-dir ${JSON.stringify(dataDirectory)} --restore-backup newest`;
}
