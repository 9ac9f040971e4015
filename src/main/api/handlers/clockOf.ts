import type { HandlerContext } from './HandlerContext.ts';

/** The context's clock, or the system's when none was injected. */
export function clockOf(context: HandlerContext): () => Date {
  return context.clock ?? (() => new Date());
}
