/**
 * Two short soft tones, like a doorbell, made on the spot with Web Audio (no sound file to ship or load).
 * Silent where audio cannot start; a knock also shows a banner, so no one depends on the sound alone.
 */
export function playKnockSound(): void {
  try {
    const AudioContextClass = window.AudioContext;
    if (!AudioContextClass) return;
    const context = new AudioContextClass();
    const gain = context.createGain();
    gain.connect(context.destination);
    const start = context.currentTime;
    gain.gain.setValueAtTime(0.0001, start);
    [880, 660].forEach((frequency, index) => {
      const at = start + index * 0.18;
      const tone = context.createOscillator();
      tone.type = 'sine';
      tone.frequency.setValueAtTime(frequency, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      tone.connect(gain);
      tone.start(at);
      tone.stop(at + 0.17);
    });
    window.setTimeout(() => void context.close().catch(() => {}), 600);
  } catch {
    // No audio device or no permission to start one: the banner still shows.
  }
}
