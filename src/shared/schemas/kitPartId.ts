import { z } from 'zod';

/** Ids of sections, questions and attributes inside a kit: short, stable, safe in HTML attributes. */
export const kitPartId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "-" and "_" only')
  // These would reach an object's prototype when used as a key.
  .refine((value) => !['__proto__', 'constructor', 'prototype'].includes(value), 'Reserved name');
