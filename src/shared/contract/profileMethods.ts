import { z } from 'zod';
import { recruiterPhoto } from '../schemas/recruiterPhoto.ts';
import { recruiterProfile } from '../schemas/recruiterProfile.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` });

const reason = z
  .string()
  .trim()
  .min(1, { message: 'A reason cannot be empty' })
  .max(200, { message: 'Must be at most 200 characters' });

const answering = z.object({ slaWorkingDays: z.number().int(), rejectionReasons: z.array(z.string()) });

export const profileMethods = {
  get: defineMethod({
    description:
      'Who the recruiter is, as candidates see it, and whether the first-run questions were answered.',
    input: nothing,
    output: recruiterProfile,
  }),
  update: defineMethod({
    description:
      'Change the recruiter’s name, company, intro, email or photo (a small JPEG data: URL, or null to remove it). ' +
      'Saving also ends the first-run questions.',
    input: z.strictObject({
      name: text(100).optional(),
      company: text(100).optional(),
      intro: text(2000).optional(),
      email: z
        .string()
        .trim()
        .max(254)
        .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address')
        .optional(),
      photo: recruiterPhoto.nullable().optional(),
    }),
    output: recruiterProfile,
  }),
  skip: defineMethod({
    description: 'Put the first-run questions off; Settings → Profile still has them.',
    input: nothing,
    output: recruiterProfile,
  }),
  answering: defineMethod({
    description:
      'How soon candidates should hear back (working days), and the reasons offered when rejecting.',
    input: nothing,
    output: answering,
  }),
  updateAnswering: defineMethod({
    description:
      'Change the answer deadline (0–30 working days) or the list of rejection reasons (up to 30).',
    input: z.strictObject({
      slaWorkingDays: z
        .number()
        .int()
        .min(0, { message: 'At least 0' })
        .max(30, { message: 'At most 30' })
        .optional(),
      rejectionReasons: z
        .array(reason)
        .max(30, { message: 'At most 30 reasons' })
        .transform((reasons) => [...new Set(reasons)])
        .optional(),
    }),
    output: answering,
  }),
};
