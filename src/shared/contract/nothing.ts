import { z } from 'zod';

/** Input of a method that takes no arguments: an empty object, nothing else. */
export const nothing = z.strictObject({});
