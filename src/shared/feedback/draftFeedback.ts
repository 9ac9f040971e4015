import type { NoteDocument, NoteNode } from '../notes/NoteDocument.ts';
import type { FeedbackSource } from './FeedbackSource.ts';

const text = (value: string, bold = false): NoteNode =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };
const paragraph = (...content: NoteNode[]): NoteNode => ({ type: 'paragraph', content });
const bulletList = (items: NoteNode[][]): NoteNode => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
});

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

function quoted(passages: readonly string[]): string {
  return passages
    .slice(0, 2)
    .map((passage) => `“${passage.trim().replace(/\s+/g, ' ')}”`)
    .join(' and ');
}

/**
 * A first draft of honest feedback: the decision, strengths and growth areas in plain words from the
 * attributes that have evidence, and one concrete next step. Returns the words it rests on (`specifics`), so
 * the nudges can tell when an edit has taken every one of them out.
 */
export function draftFeedback(source: FeedbackSource): {
  subject: string;
  document: NoteDocument;
  specifics: string[];
} {
  const firstName = source.candidateName.trim().split(/\s+/)[0] || 'there';
  const withEvidence = source.attributes
    .map((attribute) => ({
      attribute,
      passages: source.evidence.filter((item) => item.attributeId === attribute.id).map((item) => item.text),
      rating: source.ratings[attribute.id],
    }))
    .filter((item) => item.passages.length > 0);
  const strengths = withEvidence.filter((item) => item.rating === 'yes' || item.rating === 'strong_yes');
  const growth = withEvidence.filter((item) => item.rating === 'no' || item.rating === 'strong_no');
  const discussed = withEvidence.filter((item) => !strengths.includes(item) && !growth.includes(item));
  const about = source.interviewTitle ? ` (${source.interviewTitle})` : '';
  const content: NoteNode[] = [paragraph(text(`Hi ${firstName},`))];

  if (source.decision === 'advance') {
    content.push(
      paragraph(
        text(
          `Thank you for the conversation${about}. I am glad to tell you that we would like to move forward with you.`,
        ),
      ),
    );
  } else {
    content.push(
      paragraph(
        text(
          `Thank you for the time you gave us${about}. I want to give you a straight answer: we will not be moving forward with your application this time, and I would like to tell you why.`,
        ),
      ),
    );
  }

  const line = (item: (typeof withEvidence)[number], lead: string) => [
    text(item.attribute.name, true),
    text(`: ${lead} ${quoted(item.passages)}.`),
  ];
  const strengthItems = [...strengths, ...(source.decision === 'advance' ? discussed : [])];
  if (strengthItems.length > 0) {
    content.push(paragraph(text('What stood out', true)));
    content.push(bulletList(strengthItems.map((item) => line(item, 'from my notes,'))));
  }
  const growthItems = [...growth, ...(source.decision === 'decline' ? discussed : [])];
  if (growthItems.length > 0) {
    content.push(
      paragraph(
        text(source.decision === 'advance' ? 'What we would like to explore further' : 'Where to grow', true),
      ),
    );
    content.push(bulletList(growthItems.map((item) => line(item, 'in the interview,'))));
  }
  if (withEvidence.length === 0) {
    content.push(paragraph(text('[Say one specific thing you saw in the interview, and why it mattered.]')));
  }
  if (source.decision === 'decline' && source.reasons.length > 0) {
    content.push(
      paragraph(text('What decided it: ', true), text(`${source.reasons.map(lowerFirst).join('; ')}.`)),
    );
  }

  const focus = growthItems[0]?.attribute;
  if (source.decision === 'advance') {
    content.push(
      paragraph(
        text('Next step: ', true),
        text(
          source.nextStageName
            ? `I will send you times for the next conversation (${source.nextStageName}) within two working days.`
            : 'I will send you times for the next conversation within two working days.',
        ),
      ),
    );
  } else {
    content.push(
      paragraph(
        text('One concrete next step: ', true),
        text(
          focus
            ? `if you want to grow one thing, make it ${lowerFirst(focus.name)}${focus.description ? ` (${lowerFirst(focus.description.replace(/\.$/, ''))})` : ''}. If you would like to talk it through, reply to this email and we will find fifteen minutes.`
            : 'if you would like to talk it through, reply to this email and we will find fifteen minutes.',
        ),
      ),
    );
  }

  const signature: NoteNode[] = [
    text('Best regards,'),
    { type: 'hardBreak' },
    text(source.recruiterName.trim() || 'Your interviewer'),
  ];
  if (source.recruiterName.trim() && source.company.trim())
    signature.push({ type: 'hardBreak' }, text(source.company.trim()));
  content.push(paragraph(...signature));

  const company = source.company.trim();
  const subject =
    source.decision === 'advance'
      ? `Next steps${company ? ` with ${company}` : ''}`
      : `Your application${company ? ` at ${company}` : ''}: our answer`;
  const specifics = withEvidence.flatMap((item) => [item.attribute.name, ...item.passages]);
  return { subject, document: { type: 'doc', content }, specifics };
}
