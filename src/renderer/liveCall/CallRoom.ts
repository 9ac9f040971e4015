import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';

/** A room the main process opened on the signalling server for one interview (host token included). */
export type CallRoom = MethodOutput<'calls.createRoom'>;
