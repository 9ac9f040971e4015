import { z } from 'zod';
import { kitPartId } from './kitPartId.ts';
import { limits } from './limits.ts';

const title = z
  .string()
  .trim()
  .min(1, { message: 'Cannot be empty' })
  .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` });

const guidance = z
  .string()
  .trim()
  .max(limits.reason, { message: `Must be at most ${limits.reason} characters` });

const questionText = z
  .string()
  .trim()
  .min(1, { message: 'Cannot be empty' })
  .max(500, { message: 'Must be at most 500 characters' });

function uniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** A part given without an id gets a fresh one, so a kit can be written by hand. */
function withId<T extends { id?: string | undefined }>(part: T): T & { id: string } {
  return { ...part, id: part.id ?? crypto.randomUUID() };
}

export const kitQuestion = z
  .strictObject({
    id: kitPartId.optional(),
    text: questionText,
    guidance: guidance.default(''),
  })
  .transform(withId);

export const kitSection = z
  .strictObject({
    id: kitPartId.optional(),
    title,
    questions: z.array(kitQuestion).max(50).default([]),
  })
  .transform(withId);

export const kitAttribute = z
  .strictObject({
    id: kitPartId.optional(),
    name: title,
    description: guidance.default(''),
  })
  .transform(withId);

export const kitAttributeCategory = z
  .strictObject({
    id: kitPartId.optional(),
    name: title,
    attributes: z.array(kitAttribute).max(50).default([]),
  })
  .transform(withId);

/**
 * What an interview kit asks and scores: sections of questions (each with optional guidance for the
 * interviewer) and scorecard attributes grouped by category. Ids must be unique so notes and ratings can
 * point at a question or an attribute and keep pointing at it when the kit is edited.
 */
export const kitDefinition = z
  .strictObject({
    sections: z.array(kitSection).max(30).default([]),
    attributeCategories: z.array(kitAttributeCategory).max(20).default([]),
    /** Each rating (other than No decision) needs a note before the scorecard can be submitted. */
    requireRatingNotes: z.boolean().default(false),
  })
  .refine((definition) => uniqueIds(definition.sections), {
    message: 'Section ids must be unique',
    path: ['sections'],
  })
  .refine((definition) => uniqueIds(definition.sections.flatMap((section) => section.questions)), {
    message: 'Question ids must be unique',
    path: ['sections'],
  })
  .refine((definition) => uniqueIds(definition.attributeCategories), {
    message: 'Category ids must be unique',
    path: ['attributeCategories'],
  })
  .refine(
    (definition) => uniqueIds(definition.attributeCategories.flatMap((category) => category.attributes)),
    {
      message: 'Attribute ids must be unique',
      path: ['attributeCategories'],
    },
  );

export type KitDefinition = z.output<typeof kitDefinition>;
export type KitDefinitionInput = z.input<typeof kitDefinition>;
export type KitQuestion = z.output<typeof kitQuestion>;
export type KitSection = z.output<typeof kitSection>;
export type KitAttribute = z.output<typeof kitAttribute>;
export type KitAttributeCategory = z.output<typeof kitAttributeCategory>;
