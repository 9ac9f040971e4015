import type { z } from 'zod/mini';
import type { roomRecordSchema } from './roomRecordSchema.ts';

export type RoomRecord = z.infer<typeof roomRecordSchema>;
