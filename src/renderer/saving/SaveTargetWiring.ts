import type { ContractClient } from '../../shared/contract/ContractTypes.ts';
import type { SaveQueue } from './SaveQueue.ts';

/** What every save target is built with: the client, the queue that numbers its saves, its key and its reader. */
export type SaveTargetWiring<Payload> = {
  api: ContractClient;
  queue: Pick<SaveQueue, 'setSequence'>;
  key: string;
  read: () => Payload;
};
