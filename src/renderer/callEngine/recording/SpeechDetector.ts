export type SpeechSegment = [startMs: number, endMs: number];

export type SpeechDetectorOptions = {
  /** Louder than this (dBFS) starts speech; quieter than `offDb` for `hangoverMs` ends it (hysteresis). */
  onDb: number;
  offDb: number;
  hangoverMs: number;
  /** Shorter bursts (a click, a cough) are not speech. */
  minimumMs: number;
};

export const defaultSpeechDetectorOptions: SpeechDetectorOptions = {
  onDb: -42,
  offDb: -52,
  hangoverMs: 600,
  minimumMs: 150,
};

/**
 * An energy voice-activity detector with hysteresis: fed one level reading at a time (with its time), it keeps
 * the stretches of speech. Two thresholds and a hangover keep it from flickering on the quiet parts of words;
 * the hangover counts as speech, as it does in telephony VADs.
 */
export class SpeechDetector {
  private readonly options: SpeechDetectorOptions;
  private readonly found: SpeechSegment[] = [];
  private start: number | null = null;
  private lastLoud = 0;

  constructor(options: Partial<SpeechDetectorOptions> = {}) {
    this.options = { ...defaultSpeechDetectorOptions, ...options };
  }

  push(levelDb: number, atMs: number): void {
    const { onDb, offDb, hangoverMs } = this.options;
    if (this.start === null) {
      if (levelDb >= onDb) {
        this.start = atMs;
        this.lastLoud = atMs;
      }
      return;
    }
    if (levelDb >= offDb) this.lastLoud = atMs;
    else if (atMs - this.lastLoud >= hangoverMs) this.close(this.lastLoud + hangoverMs);
  }

  /** The segments so far; one still open is closed at `atMs` (the end of the recording). */
  finish(atMs: number): SpeechSegment[] {
    if (this.start !== null) this.close(Math.min(atMs, this.lastLoud + this.options.hangoverMs));
    return [...this.found];
  }

  private close(endMs: number): void {
    const start = this.start!;
    this.start = null;
    // Loud for less than the minimum (a lone reading): a click, not speech. The hangover does not count here.
    if (this.lastLoud - start < this.options.minimumMs || endMs <= start) return;
    this.found.push([Math.round(start), Math.round(endMs)]);
  }
}

/** RMS of samples in dBFS (-Infinity for silence). */
export function levelDbOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return 10 * Math.log10(sum / Math.max(1, samples.length));
}
