import { z } from 'zod';

/** A run of text, highlighted when it matched the query: the renderer wraps those in <mark>, never in HTML. */
export const highlightSegment = z.object({ text: z.string(), highlight: z.boolean() });

export type HighlightSegment = z.infer<typeof highlightSegment>;
