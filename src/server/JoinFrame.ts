import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';

export type JoinFrame = Extract<ClientFrame, { type: 'join' }>;
