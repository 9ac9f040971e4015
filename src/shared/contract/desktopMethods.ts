import { z } from 'zod';
import { defineMethod } from './defineMethod.ts';

/** A file name only: no folder, no separator, so the save dialog, not the page, decides where it goes. */
const pdfFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[/\\:*?"<>|]/.test(name) && [...name].every((character) => character.charCodeAt(0) >= 32),
    'A file name without folders or special characters.',
  );

export const desktopMethods = {
  notify: defineMethod({
    description:
      'Raise a desktop notification (the desktop app only; elsewhere nothing is shown and `shown` is false).',
    input: z.strictObject({ title: z.string().trim().min(1).max(120), body: z.string().max(300) }),
    output: z.object({ shown: z.boolean() }),
  }),
  savePdf: defineMethod({
    description:
      'Print the window’s current page to a PDF at the full page width and save it where the user picks in a save dialog. Only the desktop app can; elsewhere the outcome is `unavailable` and the page prints through the browser.',
    input: z.strictObject({ fileName: pdfFileName, pageSize: z.enum(['A4', 'Letter']) }),
    output: z.object({
      outcome: z.enum(['saved', 'cancelled', 'unavailable']),
      filePath: z.string().nullable(),
    }),
  }),
};
