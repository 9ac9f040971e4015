import { z } from 'zod';
import { limits } from './limits.ts';
import { timeZone } from './timeZone.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .transform((value) => (value === '' ? null : value))
    .nullable();

const webLink = z
  .string()
  .trim()
  .max(limits.url)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Must be a web address starting with http:// or https://');

/**
 * The editable fields of a candidate, as a form sends them. Empty strings mean "not set" and are stored as null.
 * Unknown keys are refused so a typo in a client never silently drops data.
 */
export const candidateFields = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name is required' })
    .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` }),
  email: z
    .string()
    .trim()
    .max(limits.email, { message: `Must be at most ${limits.email} characters` })
    .refine((value) => value === '' || z.email().safeParse(value).success, 'Enter a valid email address')
    .transform((value) => (value === '' ? null : value.toLowerCase()))
    .nullable()
    .optional(),
  phone: optionalText(limits.phone).optional(),
  currentTitle: optionalText(limits.shortText).optional(),
  location: optionalText(limits.shortText).optional(),
  role: optionalText(limits.shortText).optional(),
  source: optionalText(limits.shortText).optional(),
  pronouns: optionalText(limits.shortText).optional(),
  consentUntil: z.iso.date({ message: 'Use a date like 2027-05-31' }).nullable().optional(),
  links: z
    .array(webLink)
    .max(limits.links, { message: `At most ${limits.links} links` })
    .optional(),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: 'A tag cannot be empty' })
        .max(limits.tag, { message: `Each tag must be at most ${limits.tag} characters` }),
    )
    .max(limits.tags, { message: `At most ${limits.tags} tags` })
    .transform((tags) => [...new Set(tags)])
    .optional(),
  stageId: z.string().min(1).max(40).optional(),
  timeZone: z.preprocess((value) => (value === '' ? null : value), timeZone.nullable()).optional(),
});

export type CandidateFields = z.input<typeof candidateFields>;
