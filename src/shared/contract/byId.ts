import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';

/** Input of a method that acts on one record. */
export const byId = z.strictObject({ id: entityId });
