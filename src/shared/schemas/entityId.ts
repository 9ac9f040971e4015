import { z } from 'zod';

/** Ids are UUIDv7: random, and sortable by creation time. */
export const entityId = z.uuid({ version: 'v7', message: 'Not a valid id' });
