import { ratingLabels } from '../../../shared/schemas/ratingLabels.ts';
import { attributeNamesOf } from './attributeNamesOf.ts';
import { escapeHtml } from './escapeHtml.ts';
import { exportLabels } from './exportLabels.ts';
import { formatDuration } from './formatDuration.ts';
import { formatExportDate } from './formatExportDate.ts';
import type { InterviewExport } from './InterviewExport.ts';
import { noteToHtml } from './noteToHtml.ts';

// The exported file is opened on its own, outside the app, so it carries its own small stylesheet.
const styles = `
  body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1d21; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { border-bottom: 1px solid #ccd; padding-bottom: .2rem; margin-top: 2rem; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dl.facts dt { font-weight: 600; }
  section.question { border-left: 3px solid #99a; padding-left: .75rem; margin: 1rem 0; } section.question h4 { margin: 0; }
  .guidance { color: #556; font-style: italic; margin: .2rem 0; }
  .timestamp { font-variant-numeric: tabular-nums; border: 1px solid #99a; border-radius: .3rem; padding: 0 .25rem; font-size: .9em; }
  mark { background: #fff1a8; } .evidence-tag { font-size: .8em; color: #555; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccd; padding: .3rem .5rem; text-align: left; }
  ul.task-list { list-style: none; padding-left: 1rem; } blockquote { border-left: 3px solid #ccd; margin-left: 0; padding-left: 1rem; color: #333; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } section.question, tr { break-inside: avoid; } a { color: inherit; } }
`;

/** A standalone, printable HTML page of the interview. Everything from the database is escaped. No private note. */
export function interviewToHtml({ interview, note, scorecard }: InterviewExport): string {
  const attributeNames = attributeNamesOf(interview);
  const title = `${interview.title} — ${interview.candidateName}`;
  const facts: Array<[string, string]> = [
    ['Candidate', interview.candidateName],
    ['Kit', interview.kit?.name ?? 'None'],
    ['Status', exportLabels.status[interview.status]],
    ['Scheduled', formatExportDate(interview.scheduledAt)],
    ['Started', formatExportDate(interview.startedAt)],
    ['Ended', formatExportDate(interview.endedAt)],
    ['Duration', formatDuration(interview.durationSeconds)],
    ['Call (connected time)', formatDuration(interview.callDurationSeconds)],
  ];
  const rows = (interview.kit?.definition.attributeCategories ?? []).flatMap((category) =>
    category.attributes.map((attribute) => {
      const rating = scorecard.ratings[attribute.id];
      return `<tr><td>${escapeHtml(category.name)}</td><td>${escapeHtml(attribute.name)}</td><td>${rating ? ratingLabels[rating] : 'Not rated'}</td><td>${escapeHtml(scorecard.ratingNotes[attribute.id] ?? '')}</td></tr>`;
    }),
  );
  const evidence = [...attributeNames]
    .map(([attributeId, name]) => {
      const passages = scorecard.evidence.filter((item) => item.attributeId === attributeId);
      if (passages.length === 0) return '';
      const items = passages
        .map(
          (passage) =>
            `<li>“${escapeHtml(passage.text)}”${passage.questionText ? ` — <em>${escapeHtml(passage.questionText)}</em>` : ''}</li>`,
        )
        .join('');
      return `<h4>${escapeHtml(name)}</h4><ul>${items}</ul>`;
    })
    .join('');
  const status =
    scorecard.submittedAt === null
      ? `Draft, revision ${scorecard.revision} — not submitted.`
      : `Revision ${scorecard.revision}, submitted ${formatExportDate(scorecard.submittedAt)}.`;
  const takeaways =
    scorecard.takeaways.trim() === ''
      ? '<p><em>None written.</em></p>'
      : scorecard.takeaways
          .split(/\n{2,}/)
          .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
          .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<dl class="facts">${facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<h2>Notes</h2>
${noteToHtml(note.document, attributeNames) || '<p><em>No notes.</em></p>'}
<h2>Scorecard</h2>
<p><em>${escapeHtml(status)}</em></p>
${rows.length > 0 ? `<table><thead><tr><th>Category</th><th>Attribute</th><th>Rating</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : ''}
<p><strong>Overall recommendation:</strong> ${scorecard.recommendation ? ratingLabels[scorecard.recommendation] : 'Not given'}</p>
${evidence ? `<h3>Evidence</h3>${evidence}` : ''}
<h3>Key take-aways</h3>
${takeaways}
</body>
</html>
`;
}
