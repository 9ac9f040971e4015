// Loaded into the real server process with `node --import` by tests only: makes relaying one marked payload throw,
// standing in for any bug a client's frame might reach, so the tests can watch the process survive it.
import { Room } from '../Room.ts';

export const faultPayload = 'throw inside the server';

const relaySignal = Room.prototype.relaySignal;
Room.prototype.relaySignal = function relaySignalWithFault(this: Room, sender, targetPeerId, data) {
  if (data === faultPayload) throw new RangeError('an injected fault');
  return relaySignal.call(this, sender, targetPeerId, data);
};
