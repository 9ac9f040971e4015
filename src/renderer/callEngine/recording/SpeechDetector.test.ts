import { expect, it } from 'vitest';
import { levelDbOf, SpeechDetector } from './SpeechDetector.ts';

/** Feeds a level every 50 ms from `from` to `to`. */
function feed(detector: SpeechDetector, from: number, to: number, levelDb: number): void {
  for (let at = from; at < to; at += 50) detector.push(levelDb, at);
}

it('finds speech between silences, with the hangover counted as speech', () => {
  const detector = new SpeechDetector();
  feed(detector, 0, 1000, -80);
  feed(detector, 1000, 3000, -20);
  feed(detector, 3000, 5000, -80);
  expect(detector.finish(5000)).toEqual([[1000, 3550]]);
});

it('does not flicker: levels between the two thresholds keep speech going but do not start it', () => {
  const detector = new SpeechDetector();
  feed(detector, 0, 1000, -47);
  feed(detector, 1000, 1500, -30);
  feed(detector, 1500, 4000, -47);
  feed(detector, 4000, 6000, -80);
  expect(detector.finish(6000)).toEqual([[1000, 4550]]);
});

it('joins words across pauses shorter than the hangover, and leaves out clicks', () => {
  const detector = new SpeechDetector();
  feed(detector, 0, 500, -20);
  feed(detector, 500, 800, -80);
  feed(detector, 800, 1200, -20);
  feed(detector, 1200, 3000, -80);
  // A single loud reading, then silence: 50 ms is a click, not speech.
  detector.push(-10, 3000);
  feed(detector, 3050, 5000, -80);
  expect(detector.finish(5000)).toEqual([[0, 1750]]);
});

it('closes speech still going at the end of the recording', () => {
  const detector = new SpeechDetector();
  feed(detector, 0, 2000, -20);
  expect(detector.finish(2000)).toEqual([[0, 2000]]);
});

it('measures a full-scale tone near 0 dBFS and silence as -Infinity', () => {
  const tone = Float32Array.from({ length: 480 }, (_, index) => Math.sin((index / 48) * 2 * Math.PI));
  expect(levelDbOf(tone)).toBeCloseTo(-3, 0);
  expect(levelDbOf(new Float32Array(480))).toBe(-Infinity);
});
