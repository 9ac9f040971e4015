import type { Signaling, SignalingEvent, SignalingFactory, SignalingOptions } from '../Signaling.ts';
import type { ClientFrame } from '../SignalingFrames.ts';

/** A signalling connection that records what the machine sends and lets a test play the server. */
export class FakeSignaling implements Signaling {
  readonly options: SignalingOptions;
  readonly sent: ClientFrame[] = [];
  connected = false;
  closed = false;

  constructor(options: SignalingOptions) {
    this.options = options;
  }

  connect(): void {
    this.connected = true;
  }

  send(frame: ClientFrame): void {
    this.sent.push(frame);
  }

  close(): void {
    this.closed = true;
  }

  emit(event: SignalingEvent): void {
    this.options.onEvent(event);
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
