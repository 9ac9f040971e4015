import type { CandidateExportData } from './CandidateExportData.ts';

/** Text safe inside a Markdown paragraph or table cell: no accidental emphasis, links, HTML or cell breaks. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function value(text: unknown): string {
  if (text === null || text === undefined || text === '') return '—';
  return escape(String(text));
}

/** The export as a person reads it: profile, stage history, interviews with their notes and scorecards. */
export function candidateExportMarkdown(data: CandidateExportData): string {
  const { candidate, records } = data;
  const lines: string[] = [
    `# ${escape(candidate.name)}`,
    '',
    `Everything Rapport stores about this candidate, exported ${data.exportedAt}.`,
    '',
    '## Profile',
    '',
    '| Field | Value |',
    '| --- | --- |',
    `| Name | ${value(candidate.name)} |`,
    `| Email | ${value(candidate.email)} |`,
    `| Phone | ${value(candidate.phone)} |`,
    `| Location | ${value(candidate.location)} |`,
    `| Role | ${value(candidate.role)} |`,
    `| Source | ${value(candidate.source)} |`,
    `| Pronouns | ${value(candidate.pronouns)} |`,
    `| Consent until | ${value(candidate.consentUntil)} |`,
    `| Links | ${value(candidate.links.join(', '))} |`,
    `| Tags | ${value(candidate.tags.join(', '))} |`,
    `| Stage | ${value(data.stageHistory.at(-1)?.toName ?? candidate.stageId)} |`,
    `| Added | ${value(candidate.createdAt)} |`,
    `| Last changed | ${value(candidate.updatedAt)} |`,
    `| In the Trash since | ${value(candidate.deletedAt)} |`,
    '',
    '## Stage history',
    '',
  ];
  for (const change of data.stageHistory) {
    const move =
      change.fromName === null
        ? `Added as ${escape(change.toName)}`
        : `${escape(change.fromName)} → ${escape(change.toName)}`;
    lines.push(`- ${change.changedAt}: ${move}${change.reason ? ` (reason: ${escape(change.reason)})` : ''}`);
  }
  if (data.stageHistory.length === 0) lines.push('None.');

  const scorecards = records.scorecards ?? [];
  lines.push('', '## Interviews', '');
  for (const interview of data.interviews) {
    lines.push(`### ${value(interview.title)}`, '');
    lines.push(`- Status: ${value(interview.status)}`);
    lines.push(`- Scheduled: ${value(interview.scheduled_at)}`);
    lines.push(`- Started: ${value(interview.started_at)}`);
    lines.push(`- Ended: ${value(interview.ended_at)}`);
    for (const scorecard of scorecards.filter((row) => row.interview_id === interview.id)) {
      lines.push(`- Recommendation: ${value(scorecard.recommendation)}`);
      lines.push(`- Takeaways: ${value(scorecard.takeaways)}`);
      lines.push(`- Private note: ${value(scorecard.private_note)}`);
    }
    for (const note of data.notes.filter((row) => row.interviewId === interview.id)) {
      lines.push('', '#### Notes', '', ...note.text.split(/\r?\n/).map((line) => escape(line)));
    }
    lines.push('');
  }
  if (data.interviews.length === 0) lines.push('None.', '');

  const looseNotes = data.notes.filter((note) => note.interviewId === null);
  lines.push('## Other notes', '');
  for (const note of looseNotes) {
    lines.push(
      `### ${value(note.title || 'Note')} (${note.createdAt})`,
      '',
      ...note.text.split(/\r?\n/).map((line) => escape(line)),
      '',
    );
  }
  if (looseNotes.length === 0) lines.push('None.', '');

  lines.push('## All stored records', '', 'The JSON export holds each of these rows in full.', '');
  for (const [table, rows] of Object.entries(records)) lines.push(`- ${table}: ${rows.length}`);
  lines.push('');
  return lines.join('\n');
}
