import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import { callTransitions, type CallState } from './CallState.ts';
import type { CallProblem, CallRole, CallSnapshot } from './CallSnapshot.ts';

/**
 * The state core: the snapshot, the transitions the table allows, the call clock and the end. The effect runners
 * (media, signalling, peer session) read and change the call only through it, and register what to release when
 * the call is over.
 */
export class CallCore {
  private readonly store: ExternalStore<CallSnapshot>;
  private readonly releasers: Array<() => void> = [];
  private disposed = false;
  private clockTimer: ReturnType<typeof setInterval> | null = null;
  private startedAtMilliseconds: number | null = null;

  constructor(role: CallRole, localName: string) {
    this.store = new ExternalStore<CallSnapshot>({
      state: 'idle',
      role,
      localName,
      localStream: null,
      remoteStream: null,
      devices: { cameras: [], microphones: [] },
      cameraId: null,
      microphoneId: null,
      muted: false,
      cameraOff: false,
      mediaProblem: null,
      mediaMessage: null,
      deviceNotice: null,
      screenSharing: false,
      remote: { name: null, muted: false, cameraOff: false, screenSharing: false },
      remoteDevices: { camera: 'working', microphone: 'working' },
      quality: { local: null, remote: null },
      admission: 'none',
      waitingGuests: [],
      chat: [],
      startedAt: null,
      endedAt: null,
      elapsedSeconds: 0,
      problem: null,
      endedBy: null,
      remoteLeft: false,
      signalingOnline: false,
      recording: { wanted: false, consent: 'unasked', active: false, stoppedBy: null },
    });
  }

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  getSnapshot = (): CallSnapshot => this.store.getSnapshot();

  get snapshot(): CallSnapshot {
    return this.store.getSnapshot();
  }

  get role(): CallRole {
    return this.snapshot.role;
  }

  update(patch: Partial<CallSnapshot>): void {
    this.store.set({ ...this.snapshot, ...patch });
  }

  /** Moves to `to` if the table allows it from here; any other move is ignored (so late events cannot resurrect). */
  transition(to: CallState): boolean {
    if (!callTransitions[this.snapshot.state].includes(to)) return false;
    this.update({ state: to });
    return true;
  }

  /** Over once ended, failed or disposed: a camera that answers a permission prompt afterwards is stopped, not kept. */
  isOver(): boolean {
    return this.disposed || this.snapshot.state === 'ended' || this.snapshot.state === 'failed';
  }

  /** Runs on the end (and on dispose), last registered first: media, signalling and the peer let go. */
  onRelease(release: () => void): void {
    this.releasers.unshift(release);
  }

  /** The first connection starts the clock; reconnections keep it running. */
  startClock(): void {
    if (this.startedAtMilliseconds !== null) return;
    this.startedAtMilliseconds = Date.now();
    this.update({ startedAt: new Date(this.startedAtMilliseconds).toISOString(), elapsedSeconds: 0 });
    this.clockTimer = setInterval(() => this.tick(), 250);
  }

  finish(state: 'ended' | 'failed', problem: CallProblem | null, endedBy: 'local' | 'remote' | null): void {
    if (this.isOver()) return;
    this.tick();
    this.release();
    this.transition(state);
    this.update({
      problem,
      endedBy,
      endedAt: new Date().toISOString(),
      remoteStream: null,
      localStream: null,
      waitingGuests: [],
      signalingOnline: false,
      recording: { ...this.snapshot.recording, active: false },
    });
  }

  /** Releases devices and connections without changing what the UI shows (e.g. the page is going away). */
  dispose(): void {
    this.disposed = true;
    this.release();
  }

  private release(): void {
    if (this.clockTimer) clearInterval(this.clockTimer);
    this.clockTimer = null;
    for (const release of this.releasers) release();
  }

  private tick(): void {
    if (this.startedAtMilliseconds === null) return;
    const elapsedSeconds = Math.max(0, Math.floor((Date.now() - this.startedAtMilliseconds) / 1000));
    if (elapsedSeconds !== this.snapshot.elapsedSeconds) this.update({ elapsedSeconds });
  }
}
