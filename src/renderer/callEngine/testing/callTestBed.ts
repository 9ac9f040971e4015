import { CallMachine } from '../CallMachine.ts';
import type { CallState } from '../CallState.ts';
import type { CallRole } from '../CallSnapshot.ts';
import { fakeMedia } from './fakeMedia.ts';
import { fakePeerFactory } from './FakePeer.ts';
import { fakeSignalingFactory } from './FakeSignaling.ts';

const room = {
  webSocketUrl: 'ws://signal.test/ws',
  roomId: 'room-1',
  token: 'secret',
  name: 'Rita Recruiter',
};
const iceServers = [{ urls: ['turn:turn.test:3478'], username: 'u', credential: 'c' }];

function setUp(role: CallRole) {
  const signaling = fakeSignalingFactory();
  const peers = fakePeerFactory();
  const media = fakeMedia();
  let id = 0;
  const machine = new CallMachine({
    role,
    createSignaling: signaling,
    createPeer: peers,
    media,
    createId: () => `id-${(id += 1)}`,
    reconnectTimeoutMilliseconds: 30_000,
    disconnectedGraceMilliseconds: 3_000,
    iceRestartTimeoutMilliseconds: 5_000,
    statsIntervalMilliseconds: 1_000,
  });
  const states: CallState[] = [];
  machine.subscribe(() => {
    const { state } = machine.getSnapshot();
    if (states.at(-1) !== state) states.push(state);
  });
  return {
    machine,
    media,
    peers,
    states,
    get server() {
      return signaling.instances.at(-1)!;
    },
    get peer() {
      return peers.instances.at(-1)!;
    },
  };
}

/** Host in a call with guest "g1": lobby, admitted, offer made, connected. */
async function connectedHost() {
  const call = setUp('host');
  await call.machine.openLobby();
  call.machine.connect(room);
  call.server.emit({ type: 'joined', peerId: 'h1', role: 'host', peers: [], iceServers });
  call.server.emit({ type: 'guest-waiting', peerId: 'g1', name: 'Cara Candidate' });
  call.machine.admit('g1');
  call.server.emit({ type: 'peer-joined', peerId: 'g1', role: 'guest', name: 'Cara Candidate' });
  call.peer.options.onConnect();
  return call;
}

/** Guest "g1" in a call with host "h1", on session "s1"; `beforeLobby` can set the devices up first. */
async function connectedGuest(beforeLobby?: (call: ReturnType<typeof setUp>) => void) {
  const call = setUp('guest');
  beforeLobby?.(call);
  await call.machine.openLobby();
  call.machine.connect({ ...room, name: 'Cara Candidate', token: 'guest-secret' });
  call.server.emit({ type: 'waiting', peerId: 'g1' });
  call.server.emit({
    type: 'joined',
    peerId: 'g1',
    role: 'guest',
    peers: [{ peerId: 'h1', role: 'host', name: 'Rita Recruiter' }],
    iceServers,
  });
  call.server.emit({
    type: 'signal',
    from: 'h1',
    data: { session: 's1', signal: { type: 'offer', sdp: 'x' } },
  });
  call.peer.options.onConnect();
  return call;
}

/** A call machine on fakes (signalling, peers, devices) for the state core's and the runners' tests. */
export const callTestBed = { room, iceServers, setUp, connectedHost, connectedGuest };
