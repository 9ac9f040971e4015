/**
 * How loud the microphone is right now, 0 to 1, for the lobby's level meter. Reads an AnalyserNode on demand
 * (the UI polls it a few times a second), so nothing runs while no one is looking.
 */
export class MicLevelMeter {
  private readonly context: AudioContext;
  private readonly analyser: AnalyserNode;
  private readonly source: MediaStreamAudioSourceNode;
  private readonly samples: Float32Array<ArrayBuffer>;

  constructor(track: MediaStreamTrack) {
    this.context = new AudioContext();
    this.source = this.context.createMediaStreamSource(new MediaStream([track]));
    this.analyser = this.context.createAnalyser();
    this.analyser.fftSize = 1024;
    this.samples = new Float32Array(this.analyser.fftSize);
    this.source.connect(this.analyser);
    // The page may not have had a click yet; a suspended context reads silence, so ask it to run.
    void this.context.resume().catch(() => {});
  }

  /** Root-mean-square level, scaled so normal speech sits around the middle of the meter. */
  read(): number {
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) sum += sample * sample;
    const rms = Math.sqrt(sum / this.samples.length);
    return Math.min(1, rms * 4);
  }

  close(): void {
    this.source.disconnect();
    void this.context.close().catch(() => {});
  }
}
