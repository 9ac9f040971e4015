import { draftFeedback } from '../../../shared/feedback/draftFeedback.ts';
import type { Feedback } from '../../../shared/schemas/feedback.ts';
import type { FeedbackDecision } from '../../../shared/schemas/feedbackDecision.ts';
import { ApiFailure } from '../ApiFailure.ts';
import { clockOf } from './clockOf.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function feedbackHandlers(context: HandlerContext): GroupHandlers<'feedback'> {
  const { feedback, candidates, interviews, scorecards, stages, profile } = context.repositories;
  const clock = clockOf(context);

  /** Reads only this interview's own submitted scorecard: no other interviewer's input, no private note. */
  function draftFor(candidateId: string, interviewId: string | null, decision: FeedbackDecision | null) {
    const candidate = candidates.get(candidateId);
    const allStages = stages.list();
    const stage = allStages.find((item) => item.id === candidate.stageId);
    const recruiter = profile.get();
    let attributes: { id: string; name: string; description: string }[] = [];
    let ratings = {};
    let evidence: { attributeId: string; text: string }[] = [];
    let interviewTitle: string | null = null;
    let recommendation: string | null = null;
    if (interviewId !== null) {
      const interview = interviews.get(interviewId);
      if (interview.candidateId !== candidateId)
        throw new ApiFailure('not_found', 'That interview is not this candidate’s.');
      const card = scorecards.get(interviewId);
      if (card.submittedAt === null) {
        throw new ApiFailure('conflict', 'Submit the scorecard first: the feedback is drafted from it.');
      }
      attributes = (interview.kit?.definition.attributeCategories ?? []).flatMap(
        (category) => category.attributes,
      );
      ratings = card.ratings;
      evidence = card.evidence;
      interviewTitle = interview.title;
      recommendation = card.recommendation;
    }
    const chosen: FeedbackDecision =
      decision ??
      (stage?.kind === 'rejected' || recommendation === 'no' || recommendation === 'strong_no'
        ? 'decline'
        : 'advance');
    const nextStage = allStages.find(
      (item) => item.kind === 'open' && item.position > (stage?.position ?? -1),
    );
    return {
      decision: chosen,
      ...draftFeedback({
        candidateName: candidate.name,
        recruiterName: recruiter.name,
        company: recruiter.company,
        interviewTitle,
        decision: chosen,
        attributes,
        ratings,
        evidence,
        reasons: stage?.kind === 'rejected' ? stages.latestReasons(candidateId) : [],
        nextStageName: nextStage?.name ?? null,
      }),
    };
  }

  return {
    'feedback.open': ({ candidateId, interviewId }): Feedback => {
      if (interviewId !== null) {
        const existing = feedback.forInterview(interviewId);
        if (existing) return existing;
      } else {
        const latest = feedback.latestForCandidate(candidateId);
        if (latest && latest.interviewId === null && latest.sentAt === null) return latest;
      }
      const draft = draftFor(candidateId, interviewId, null);
      return feedback.create({ candidateId, interviewId, ...draft }, clock().toISOString());
    },
    'feedback.get': ({ id }) => feedback.get(id),
    'feedback.redraft': ({ id, decision }) => {
      const current = feedback.get(id);
      const draft = draftFor(current.candidateId, current.interviewId, decision);
      return feedback.replace(id, draft, clock().toISOString());
    },
    'feedback.save': (input) => feedback.save(input, clock().toISOString()),
    'feedback.markSent': ({ id }) => feedback.markSent(id, clock().toISOString()),
  };
}
