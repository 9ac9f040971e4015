import { RemoteVideoFeed } from './RemoteVideoFeed.ts';
import { levelDbOf, SpeechDetector, type SpeechSegment } from './SpeechDetector.ts';

export type RecordedChunk = { sequence: number; elapsedMs: number; data: Uint8Array };

export type RecordingResult = {
  durationMs: number;
  /** Speech on each side's own audio track, in recording time. */
  speech: { local: SpeechSegment[]; remote: SpeechSegment[] };
};

export type CallRecorderOptions = {
  local: MediaStream;
  remote: MediaStream;
  /** Each chunk, in order, as MediaRecorder hands it over (about once a second). */
  onChunk(chunk: RecordedChunk): void;
  timesliceMilliseconds?: number;
  /** How often each side's level is read for the speech detector. */
  levelIntervalMilliseconds?: number;
};

/** Enough for a face and a shared screen at call resolution; keeps an hour near half a gigabyte. */
const videoBitsPerSecond = 1_000_000;

function supportedType(hasVideo: boolean): string {
  const candidates = hasVideo
    ? ['video/webm;codecs=vp8,opus', 'video/webm']
    : ['audio/webm;codecs=opus', 'audio/webm'];
  return candidates.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

/**
 * Records a call on the recruiter's computer: both sides' audio mixed with Web Audio, plus the other side's
 * video, in WebM chunks of about a second (so a crash loses seconds). Each side's audio also feeds an
 * AnalyserNode for the speech detector, which gives talk-time.
 */
export class CallRecorder {
  private readonly options: CallRecorderOptions;
  private readonly context: AudioContext;
  private readonly recorder: MediaRecorder;
  private readonly detectors = { local: new SpeechDetector(), remote: new SpeechDetector() };
  private readonly analysers: Array<{
    side: 'local' | 'remote';
    analyser: AnalyserNode;
    samples: Float32Array<ArrayBuffer>;
  }> = [];
  private readonly mix: MediaStreamAudioDestinationNode;
  private readonly localSource: MediaStreamAudioSourceNode | null;
  private remoteSource: MediaStreamAudioSourceNode | null = null;
  private readonly remoteAnalyser: AnalyserNode;
  /** The recorded video when the browser can keep one track across a rebuilt connection; null otherwise. */
  private readonly videoFeed: RemoteVideoFeed | null;
  private remote: MediaStream;
  /** The remote audio track now in the mix. */
  private remoteAudio: MediaStreamTrack | null = null;
  private levelTimer: ReturnType<typeof setInterval> | null = null;
  private startedAt = 0;
  private sequence = 0;
  /** Chunks are read from their Blobs one after another, so they leave in order. */
  private delivering: Promise<void> = Promise.resolve();
  private stopped: Promise<RecordingResult> | null = null;

  constructor(options: CallRecorderOptions) {
    this.options = options;
    this.context = new AudioContext();
    this.mix = this.context.createMediaStreamDestination();
    const localAnalyser = this.analyser('local');
    this.remoteAnalyser = this.analyser('remote');
    this.localSource = this.connectAudio(options.local.getAudioTracks()[0] ?? null, localAnalyser);
    this.remote = options.remote;
    const [remoteVideo] = options.remote.getVideoTracks();
    this.videoFeed = remoteVideo ? RemoteVideoFeed.create(remoteVideo) : null;
    const video = this.videoFeed ? [this.videoFeed.track] : options.remote.getVideoTracks();
    this.followRemote();
    const stream = new MediaStream([...this.mix.stream.getAudioTracks(), ...video]);
    const mimeType = supportedType(video.length > 0);
    this.recorder = new MediaRecorder(stream, {
      ...(mimeType ? { mimeType } : {}),
      videoBitsPerSecond,
      audioBitsPerSecond: 64_000,
    });
    this.recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const elapsedMs = Math.round(performance.now() - this.startedAt);
      const sequence = this.sequence;
      this.sequence += 1;
      this.delivering = this.delivering.then(async () => {
        const data = new Uint8Array(await event.data.arrayBuffer());
        this.options.onChunk({ sequence, elapsedMs, data });
      });
    };
  }

  /**
   * The other side's media now comes on `remote` (a rebuilt connection brings new tracks): its audio replaces
   * the old in the mix and the speech detector, and its video continues the recorded track where the browser
   * allows (RemoteVideoFeed); the recording itself goes on in the same file.
   */
  replaceRemote(remote: MediaStream): void {
    this.remote = remote;
    this.followRemote();
  }

  /**
   * Puts the remote stream's current tracks in the recording. Also run with every level reading: the connection
   * adds its tracks to the stream one by one, by script, and a script's addTrack fires no `addtrack` event.
   */
  private followRemote(): void {
    if (this.stopped) return;
    const audio = this.remote.getAudioTracks()[0] ?? null;
    if (audio !== this.remoteAudio) {
      this.remoteSource?.disconnect();
      this.remoteAudio = audio;
      this.remoteSource = this.connectAudio(audio, this.remoteAnalyser);
    }
    this.videoFeed?.follow(this.remote.getVideoTracks()[0] ?? null);
  }

  private analyser(side: 'local' | 'remote'): AnalyserNode {
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 4096;
    this.analysers.push({ side, analyser, samples: new Float32Array(analyser.fftSize) });
    return analyser;
  }

  /** Feeds one side's audio into the recorded mix and its speech detector; null when it has no audio yet. */
  private connectAudio(
    audio: MediaStreamTrack | null,
    analyser: AnalyserNode,
  ): MediaStreamAudioSourceNode | null {
    if (!audio) return null;
    const source = this.context.createMediaStreamSource(new MediaStream([audio]));
    source.connect(this.mix);
    source.connect(analyser);
    return source;
  }

  start(): void {
    // The page has had a click (Start call, Admit), so the context may run; ask in case it waits.
    void this.context.resume().catch(() => {});
    this.startedAt = performance.now();
    this.recorder.start(this.options.timesliceMilliseconds ?? 1000);
    this.levelTimer = setInterval(() => this.readLevels(), this.options.levelIntervalMilliseconds ?? 50);
  }

  /** Milliseconds since start. */
  elapsed(): number {
    return Math.round(performance.now() - this.startedAt);
  }

  /** Stops; settles once the last chunk has been handed over, with the duration and the speech found. */
  stop(): Promise<RecordingResult> {
    this.stopped ??= new Promise<RecordingResult>((resolve) => {
      const durationMs = this.elapsed();
      if (this.levelTimer) clearInterval(this.levelTimer);
      this.levelTimer = null;
      const finish = () => {
        void this.delivering.then(() => {
          this.localSource?.disconnect();
          this.remoteSource?.disconnect();
          this.videoFeed?.stop();
          void this.context.close().catch(() => {});
          resolve({
            durationMs,
            speech: {
              local: this.detectors.local.finish(durationMs),
              remote: this.detectors.remote.finish(durationMs),
            },
          });
        });
      };
      if (this.recorder.state === 'inactive') finish();
      else {
        this.recorder.addEventListener('stop', finish, { once: true });
        this.recorder.stop();
      }
    });
    return this.stopped;
  }

  private readLevels(): void {
    this.followRemote();
    const at = this.elapsed();
    for (const { side, analyser, samples } of this.analysers) {
      analyser.getFloatTimeDomainData(samples);
      this.detectors[side].push(levelDbOf(samples), at);
    }
  }
}
