/** One thing wrong with an imported row: the field it concerns (a zod path), what is wrong, and the bad value. */
export type ImportIssue = { path: string; message: string; value?: string };
