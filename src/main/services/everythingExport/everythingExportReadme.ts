/** The README at the top of an "Export everything" zip: what is in it and what was left out. */
export function everythingExportReadme(
  exportedAt: string,
  tables: readonly string[],
  candidateCount: number,
  /** How many recordings are in the zip; null when they were not asked for. */
  recordingCount: number | null = null,
): string {
  return [
    '# Everything Rapport stored',
    '',
    `Exported ${exportedAt}.`,
    '',
    `- \`tables/\`: every table as JSON, one file each, rows exactly as stored (${tables.join(', ')}).`,
    `- \`candidates/\`: one Markdown page per candidate (${candidateCount}), including those in the Trash: profile, stage history, interviews, notes and scorecards.`,
    ...(recordingCount === null
      ? []
      : [
          `- \`recordings/\`: every finished call recording (${recordingCount}) as a plain WebM video, named for the candidate and the interview id. Rapport keeps them encrypted; these copies are not. Recordings deleted, declined or still being made are not here.`,
        ]),
    '',
    recordingCount === null
      ? 'Left out: the search index (it is rebuilt from the tables), the signalling server key (a secret) and call recordings (tick "Include recordings" to add them).'
      : 'Left out: the search index (it is rebuilt from the tables) and the signalling server key (a secret).',
    '',
    'This folder is not encrypted. Keep it somewhere only you can read, and delete it when it has served its purpose.',
    '',
  ].join('\n');
}
