import type { Signaling, SignalingEvent, SignalingFactory, SignalingOptions } from '../Signaling.ts';
import type { ClientFrame } from '../../../shared/signaling/ClientFrame.ts';

type Optional<Frame, Key extends keyof Frame> = Omit<Frame, Key> & Partial<Pick<Frame, Key>>;

/** A server frame as a test writes it: the slot's resume token and the room's expiry may be left to the fake. */
type PlayedSignalingEvent =
  | Exclude<SignalingEvent, { type: 'joined' | 'waiting' }>
  | Optional<Extract<SignalingEvent, { type: 'joined' }>, 'resumeToken' | 'expiresAt'>
  | Optional<Extract<SignalingEvent, { type: 'waiting' }>, 'resumeToken'>;

const roomExpiry = '2030-01-01T00:00:00.000Z';

/** A signalling connection that records what the machine sends and lets a test play the server. */
export class FakeSignaling implements Signaling {
  readonly options: SignalingOptions;
  readonly sent: ClientFrame[] = [];
  connected = false;
  closed = false;
  /** The host closed the room for good (`{"type":"end"}`) as it left. */
  endedRoom = false;

  constructor(options: SignalingOptions) {
    this.options = options;
  }

  connect(): void {
    this.connected = true;
  }

  send(frame: ClientFrame): void {
    this.sent.push(frame);
  }

  close(options: { endRoom?: boolean } = {}): void {
    this.closed = true;
    this.endedRoom = options.endRoom === true;
  }

  /** Plays the server: `joined` and `waiting` get the fields the real server always sends, if the test left them out. */
  emit(event: PlayedSignalingEvent): void {
    if (event.type === 'joined') {
      this.options.onEvent({ resumeToken: `resume-${event.peerId}`, expiresAt: roomExpiry, ...event });
    } else if (event.type === 'waiting') {
      this.options.onEvent({ resumeToken: `resume-${event.peerId}`, ...event });
    } else {
      this.options.onEvent(event);
    }
  }

  /** The `data` of every signal frame sent so far. */
  signals(): Array<{ session: string; signal?: unknown; control?: string }> {
    return this.sent.flatMap((frame) =>
      frame.type === 'signal' ? [frame.data as { session: string; signal?: unknown; control?: string }] : [],
    );
  }
}

export function fakeSignalingFactory(): SignalingFactory & { instances: FakeSignaling[] } {
  const instances: FakeSignaling[] = [];
  const factory = ((options: SignalingOptions) => {
    const signaling = new FakeSignaling(options);
    instances.push(signaling);
    return signaling;
  }) as unknown as SignalingFactory & { instances: FakeSignaling[] };
  factory.instances = instances;
  return factory;
}
