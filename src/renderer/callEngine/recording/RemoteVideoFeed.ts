// Chromium's "breakout box" (insertable streams for raw media): not in TypeScript's DOM library, and absent
// outside Chromium, so it is typed here and looked up at run time.
type TrackProcessor = { readable: ReadableStream<VideoFrame> };
type TrackGenerator = MediaStreamTrack & { writable: WritableStream<VideoFrame> };
type BreakoutBox = {
  MediaStreamTrackProcessor: new (init: { track: MediaStreamTrack }) => TrackProcessor;
  MediaStreamTrackGenerator: new (init: { kind: 'video' }) => TrackGenerator;
};

function breakoutBox(): BreakoutBox | null {
  const scope = globalThis as Partial<BreakoutBox>;
  return scope.MediaStreamTrackProcessor && scope.MediaStreamTrackGenerator ? (scope as BreakoutBox) : null;
}

/**
 * One video track that outlives the connection: MediaRecorder cannot change its tracks once started, but a
 * rebuilt connection brings the candidate's video on a new track. The feed copies frames from whichever
 * remote track is current into a generator track of its own, which is the one recorded.
 */
export class RemoteVideoFeed {
  readonly track: MediaStreamTrack;
  private readonly generator: TrackGenerator;
  private readonly writer: WritableStreamDefaultWriter<VideoFrame>;
  private reader: ReadableStreamDefaultReader<VideoFrame> | null = null;
  private source: MediaStreamTrack | null = null;
  private stopped = false;
  private readonly box: BreakoutBox;

  /** Null where the browser has no breakout box; the caller then records the remote track itself. */
  static create(source: MediaStreamTrack): RemoteVideoFeed | null {
    const box = breakoutBox();
    if (!box) return null;
    const feed = new RemoteVideoFeed(box);
    feed.follow(source);
    return feed;
  }

  private constructor(box: BreakoutBox) {
    this.box = box;
    this.generator = new box.MediaStreamTrackGenerator({ kind: 'video' });
    this.writer = this.generator.writable.getWriter();
    this.track = this.generator;
  }

  /** Copies frames from `source` from now on (the old source is let go). */
  follow(source: MediaStreamTrack | null): void {
    if (this.stopped || source === this.source) return;
    this.source = source;
    void this.reader?.cancel().catch(() => {});
    this.reader = null;
    if (!source) return;
    const reader = new this.box.MediaStreamTrackProcessor({ track: source }).readable.getReader();
    this.reader = reader;
    void this.pump(reader);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    void this.reader?.cancel().catch(() => {});
    this.reader = null;
    this.generator.stop();
  }

  private async pump(reader: ReadableStreamDefaultReader<VideoFrame>): Promise<void> {
    try {
      for (;;) {
        const { value: frame, done } = await reader.read();
        if (done) return;
        try {
          // Only the current source's frames go in: a cancelled reader may still hand over one last frame.
          if (this.reader === reader && !this.stopped) await this.writer.write(frame);
        } finally {
          frame.close();
        }
      }
    } catch {
      // The source track ended or the generator stopped: the next follow() starts a new pump.
    }
  }
}
