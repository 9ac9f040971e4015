import type { z } from 'zod/mini';
import type { iceServerSchema } from './iceServerSchema.ts';

// Spelled out by the schema rather than taken from the DOM, so the server and Node tests can use it too.
export type IceServer = z.infer<typeof iceServerSchema>;
