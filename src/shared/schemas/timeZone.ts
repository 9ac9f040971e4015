import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as "Europe/Warsaw", checked against the zones this runtime knows. */
export const timeZone = z
  .string()
  .trim()
  .min(1, { message: 'Choose a time zone' })
  .max(64, { message: 'Must be at most 64 characters' })
  .refine(isTimeZone, { message: 'Use a time zone name like Europe/Warsaw' });
