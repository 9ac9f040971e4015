import { describe, expect, it } from 'vitest';
import { noteDocumentText } from '../notes/noteDocumentText.ts';
import { validateNoteDocument } from '../notes/validateNoteDocument.ts';
import { draftFeedback } from './draftFeedback.ts';
import { feedbackNudges } from './feedbackNudges.ts';
import type { FeedbackSource } from './FeedbackSource.ts';

const source: FeedbackSource = {
  candidateName: 'Ada Lovelace',
  recruiterName: 'Rita Recruiter',
  company: 'Acme',
  interviewTitle: 'Technical interview',
  decision: 'decline',
  attributes: [
    { id: 'design', name: 'System design', description: 'Designs for scale and failure.' },
    { id: 'talk', name: 'Communication', description: '' },
    { id: 'code', name: 'Coding', description: '' },
  ],
  ratings: { design: 'strong_no', talk: 'strong_yes', code: 'no_decision' },
  evidence: [
    { attributeId: 'design', text: 'Could not say how the queue recovers after a crash' },
    { attributeId: 'talk', text: 'Explained the trade-offs of sharding clearly' },
  ],
  reasons: ['Not enough depth in distributed systems'],
  nextStageName: null,
};

describe('draftFeedback', () => {
  it('a decline holds the evidence as strengths and growth areas, a reason and one next step; no rating word', () => {
    const { subject, document, specifics } = draftFeedback(source);
    const text = noteDocumentText(document);
    expect(validateNoteDocument(document)).toEqual([]);
    expect(subject).toBe('Your application at Acme: our answer');
    expect(text).toContain('we will not be moving forward');
    expect(text).toContain('What stood out');
    expect(text).toContain('Explained the trade-offs of sharding clearly');
    expect(text).toContain('Where to grow');
    expect(text).toContain('Could not say how the queue recovers after a crash');
    expect(text).toContain('What decided it: not enough depth in distributed systems.');
    expect(text).toContain('One concrete next step: if you want to grow one thing, make it system design');
    expect(text).not.toMatch(/strong no|strong yes|no decision/i);
    // An attribute without evidence is left out.
    expect(text).not.toContain('Coding');
    expect(feedbackNudges(text, specifics)).toEqual([]);
  });

  it('an advance leads with the good news and a dated next step', () => {
    const { document } = draftFeedback({ ...source, decision: 'advance', nextStageName: 'Onsite' });
    const text = noteDocumentText(document);
    expect(text).toContain('we would like to move forward with you');
    expect(text).toContain(
      'Next step: I will send you times for the next conversation (Onsite) within two working days.',
    );
    expect(text).not.toContain('What decided it');
  });

  it('with no evidence at all the draft leaves a placeholder, which is nudged', () => {
    const { document, specifics } = draftFeedback({ ...source, evidence: [] });
    const nudges = feedbackNudges(noteDocumentText(document), specifics);
    expect(nudges.some((nudge) => nudge.includes('placeholder'))).toBe(true);
    expect(nudges.some((nudge) => nudge.includes('no specific reason'))).toBe(true);
  });
});

describe('feedbackNudges', () => {
  it('nudges a hollow draft: a stock phrase and no specific reason', () => {
    const hollow =
      'Hi Ada, thank you for your time. We have decided to go with a number of candidates who were a closer match.';
    const nudges = feedbackNudges(hollow, ['System design', 'Explained the trade-offs of sharding clearly']);
    expect(nudges).toHaveLength(2);
    expect(nudges[0]).toContain('a number of candidates who were a closer match');
    expect(nudges[1]).toContain('no specific reason');
  });

  it('accepts a reason in plain words, and flags a rating word', () => {
    expect(feedbackNudges('We are not moving on because the design missed failure handling.', [])).toEqual(
      [],
    );
    expect(feedbackNudges('System design was a Strong no.', ['System design'])).toHaveLength(1);
  });
});
