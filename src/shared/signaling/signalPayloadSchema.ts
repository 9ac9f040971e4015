import { z } from 'zod/mini';

// JSON has no undefined, so a missing `data` key is the only way to get here; refuse it rather than relay nothing.
export const signalPayloadSchema = z
  .unknown()
  .check(z.refine((value) => value !== undefined, 'data is required'));
