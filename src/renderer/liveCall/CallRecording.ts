import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import type { Recording } from '../../shared/schemas/recording.ts';
import type { SpeechSegments } from '../../shared/schemas/speechSegments.ts';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallRecorderOptions, RecordingResult } from '../callEngine/recording/CallRecorder.ts';
import { bytesToBase64 } from './bytesToBase64.ts';

/** What recording needs from the outside world; the app passes the real API and recorder, tests pass fakes. */
export type RecordingDependencies = {
  start(interviewId: string, callOffsetMs: number): Promise<unknown>;
  declined(interviewId: string): Promise<unknown>;
  appendChunk(input: {
    interviewId: string;
    sequence: number;
    elapsedMs: number;
    data: string;
  }): Promise<unknown>;
  finish(input: { interviewId: string; durationMs: number; speech: SpeechSegments }): Promise<Recording>;
  createRecorder(options: CallRecorderOptions): {
    start(): void;
    stop(): Promise<RecordingResult>;
    replaceRemote(remote: MediaStream): void;
  };
};

export type CallRecordingState = {
  readonly phase: 'off' | 'starting' | 'recording' | 'saving' | 'saved' | 'failed';
  readonly saved: Recording | null;
  readonly error: unknown;
};

const chunkAttempts = 3;
const retryDelayMilliseconds = 1000;

/**
 * The recruiter's recorder for one call: starts it once the candidate accepts, sends each chunk to the backend
 * in order as it comes (retrying a failed one a few times), and seals the file when either side stops, the
 * candidate leaves or the call ends. A decline is written into the interview.
 */
export class CallRecording {
  private readonly store = new ExternalStore<CallRecordingState>({ phase: 'off', saved: null, error: null });
  private readonly machine: CallMachine;
  private readonly interviewId: string;
  private readonly dependencies: RecordingDependencies;
  private recorder: ReturnType<RecordingDependencies['createRecorder']> | null = null;
  /** The other side's stream the recorder has now. */
  private recorded: MediaStream | null = null;
  private uploads: Promise<void> = Promise.resolve();
  private uploadFailed = false;
  private declineSaved = false;

  constructor(machine: CallMachine, interviewId: string, dependencies: RecordingDependencies) {
    this.machine = machine;
    this.interviewId = interviewId;
    this.dependencies = dependencies;
  }

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  getSnapshot = (): CallRecordingState => this.store.getSnapshot();

  private get phase(): CallRecordingState['phase'] {
    return this.store.getSnapshot().phase;
  }

  private patch(patch: Partial<CallRecordingState>): void {
    this.store.set({ ...this.store.getSnapshot(), ...patch });
  }

  /** Follows the call; returns the unsubscribe. */
  attach(): () => void {
    const unsubscribe = this.machine.subscribe(() => this.follow());
    this.follow();
    return () => {
      unsubscribe();
      if (this.phase === 'recording') void this.seal();
    };
  }

  private follow(): void {
    const snapshot = this.machine.getSnapshot();
    const { recording, state } = snapshot;
    if (recording.consent === 'declined' && !this.declineSaved) {
      this.declineSaved = true;
      void this.dependencies.declined(this.interviewId).catch((error: unknown) => this.patch({ error }));
    }
    const ready =
      recording.consent === 'accepted' &&
      recording.stoppedBy === null &&
      state === 'connected' &&
      snapshot.localStream !== null &&
      snapshot.remoteStream !== null &&
      snapshot.startedAt !== null;
    if (this.phase === 'off' && ready) {
      void this.begin(
        snapshot.localStream!,
        snapshot.remoteStream!,
        Date.now() - Date.parse(snapshot.startedAt!),
      );
      return;
    }
    // A rebuilt connection brings the candidate's media on new tracks: the same recording carries on with them.
    if (
      this.phase === 'recording' &&
      snapshot.remoteStream !== null &&
      snapshot.remoteStream !== this.recorded
    ) {
      this.recorded = snapshot.remoteStream;
      this.recorder?.replaceRemote(snapshot.remoteStream);
    }
    // Stopped by either side, the candidate gone (back to the lobby), or the call over.
    const over = state === 'ended' || state === 'failed' || state === 'lobby';
    if (this.phase === 'recording' && (!recording.active || over)) {
      if (recording.active && state === 'lobby') this.machine.stopRecording();
      void this.seal();
    }
  }

  private async begin(local: MediaStream, remote: MediaStream, callOffsetMs: number): Promise<void> {
    this.patch({ phase: 'starting' });
    try {
      await this.dependencies.start(this.interviewId, Math.max(0, Math.round(callOffsetMs)));
      this.recorded = remote;
      this.recorder = this.dependencies.createRecorder({
        local,
        remote,
        onChunk: (chunk) => this.upload(chunk.sequence, chunk.elapsedMs, chunk.data),
      });
      this.recorder.start();
    } catch (error) {
      this.patch({ phase: 'failed', error });
      this.machine.stopRecording();
      return;
    }
    this.patch({ phase: 'recording' });
    this.machine.recordingStarted();
    // The call may have moved on while the backend answered.
    this.follow();
  }

  private upload(sequence: number, elapsedMs: number, bytes: Uint8Array): void {
    const input = { interviewId: this.interviewId, sequence, elapsedMs, data: bytesToBase64(bytes) };
    this.uploads = this.uploads.then(async () => {
      if (this.uploadFailed) return;
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.dependencies.appendChunk(input);
          return;
        } catch (error) {
          if (attempt >= chunkAttempts) {
            this.uploadFailed = true;
            this.patch({ error });
            if (this.machine.getSnapshot().recording.active) this.machine.stopRecording();
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, retryDelayMilliseconds));
        }
      }
    });
  }

  private async seal(): Promise<void> {
    const recorder = this.recorder;
    if (!recorder) return;
    this.recorder = null;
    this.patch({ phase: 'saving' });
    try {
      const result = await recorder.stop();
      await this.uploads;
      const saved = await this.dependencies.finish({
        interviewId: this.interviewId,
        durationMs: result.durationMs,
        speech: { recruiter: result.speech.local, candidate: result.speech.remote },
      });
      this.patch(this.uploadFailed ? { phase: 'failed', saved } : { phase: 'saved', saved });
    } catch (error) {
      this.patch({ phase: 'failed', error });
    }
  }
}
