import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { scorecard } from '../schemas/scorecard.ts';
import { scorecardFields } from '../schemas/scorecardFields.ts';
import { scorecardRevision } from '../schemas/scorecardRevision.ts';
import { defineMethod } from './defineMethod.ts';

const byInterview = z.strictObject({ interviewId: entityId });

export const scorecardMethods = {
  get: defineMethod({
    description: 'An interview’s scorecard, with the evidence tagged in its notes under each attribute.',
    input: byInterview,
    output: scorecard,
  }),
  save: defineMethod({
    description:
      'Store the scorecard; fields left out keep their value (the app always sends all of them). Saving a ' +
      'submitted scorecard starts its next revision (the submitted one is kept). Like notes, a save numbered ' +
      'below the stored sequence is ignored; a save without a sequence is applied as it comes.',
    input: scorecardFields.partial().extend({
      interviewId: entityId,
      sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    }),
    output: scorecard,
  }),
  submit: defineMethod({
    description:
      'Lock the current revision and keep a copy of it. Submitting twice changes nothing. Refused (invalid_input, ' +
      'naming the attribute) while an attribute is unrated, a rating lacks the note its kit requires, or there is ' +
      'no overall recommendation.',
    input: byInterview,
    output: scorecard,
  }),
  reopen: defineMethod({
    description:
      'Open a submitted scorecard for editing as its next revision (a draft); the submitted one is kept. ' +
      'Reopening a draft changes nothing.',
    input: byInterview,
    output: scorecard,
  }),
  revisions: defineMethod({
    description: 'Every submitted revision, newest first.',
    input: byInterview,
    output: z.object({ items: z.array(scorecardRevision) }),
  }),
};
