import { z } from 'zod';

/** The longest photo data: URL the app sends: with every other room field at its limit it fits the 16 KiB body. */
export const recruiterPhotoCharacters = 8 * 1024;

/** A small JPEG as a base64 data: URL: the only image format the join page shows. */
export const recruiterPhoto = z
  .string()
  .max(recruiterPhotoCharacters, { message: 'The photo is too large; choose a smaller picture' })
  .regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/, { message: 'The photo must be a JPEG image' });
