import { ratingLabels } from '../../../shared/schemas/ratingLabels.ts';
import { attributeNamesOf } from './attributeNamesOf.ts';
import { exportLabels } from './exportLabels.ts';
import { formatDuration } from './formatDuration.ts';
import { formatExportDate } from './formatExportDate.ts';
import type { InterviewExport } from './InterviewExport.ts';
import { noteToMarkdown } from './noteToMarkdown.ts';

function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function cell(text: string): string {
  return escapeText(text).replace(/\n/g, ' ');
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeText(line)}`)
    .join('\n');
}

/** The whole interview as Markdown: facts, notes, then the scorecard with its evidence. No private note. */
export function interviewToMarkdown({ interview, note, scorecard }: InterviewExport): string {
  const attributeNames = attributeNamesOf(interview);
  const lines: string[] = [
    `# ${escapeText(interview.title)} — ${escapeText(interview.candidateName)}`,
    '',
    `- **Candidate:** ${escapeText(interview.candidateName)}`,
    `- **Kit:** ${escapeText(interview.kit?.name ?? 'None')}`,
    `- **Status:** ${exportLabels.status[interview.status]}`,
    `- **Scheduled:** ${formatExportDate(interview.scheduledAt)}`,
    `- **Started:** ${formatExportDate(interview.startedAt)}`,
    `- **Ended:** ${formatExportDate(interview.endedAt)}`,
    `- **Duration:** ${formatDuration(interview.durationSeconds)}`,
    `- **Call (connected time):** ${formatDuration(interview.callDurationSeconds)}`,
    '',
    '## Notes',
    '',
    noteToMarkdown(note.document, attributeNames) || '_No notes._',
    '',
    '## Scorecard',
    '',
    scorecard.submittedAt === null
      ? `_Draft, revision ${scorecard.revision} — not submitted._`
      : `_Revision ${scorecard.revision}, submitted ${formatExportDate(scorecard.submittedAt)}._`,
    '',
  ];
  const categories = interview.kit?.definition.attributeCategories ?? [];
  if (categories.length > 0) {
    lines.push('| Category | Attribute | Rating | Note |', '| --- | --- | --- | --- |');
    for (const category of categories) {
      for (const attribute of category.attributes) {
        const rating = scorecard.ratings[attribute.id];
        lines.push(
          `| ${cell(category.name)} | ${cell(attribute.name)} | ${rating ? ratingLabels[rating] : 'Not rated'} | ${cell(scorecard.ratingNotes[attribute.id] ?? '')} |`,
        );
      }
    }
    lines.push('');
  }
  lines.push(
    `**Overall recommendation:** ${scorecard.recommendation ? ratingLabels[scorecard.recommendation] : 'Not given'}`,
    '',
  );
  if (scorecard.evidence.length > 0) {
    lines.push('### Evidence', '');
    for (const [attributeId, name] of attributeNames) {
      const passages = scorecard.evidence.filter((evidence) => evidence.attributeId === attributeId);
      if (passages.length === 0) continue;
      lines.push(`#### ${escapeText(name)}`, '');
      for (const passage of passages) {
        const under = passage.questionText ? ` — _${escapeText(passage.questionText)}_` : '';
        lines.push(`- “${escapeText(passage.text)}”${under}`);
      }
      lines.push('');
    }
  }
  lines.push(
    '### Key take-aways',
    '',
    scorecard.takeaways.trim() === '' ? '_None written._' : quoteBlock(scorecard.takeaways),
    '',
  );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
