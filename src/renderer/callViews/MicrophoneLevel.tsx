import { useEffect, useState } from 'react';
import { MicLevelMeter } from '../callEngine/MicLevelMeter.ts';

const readsPerSecond = 12;

/** A live <meter> named "Microphone level", so people can see their microphone works before joining. */
export function MicrophoneLevel({ stream, muted }: { stream: MediaStream | null; muted: boolean }) {
  const track = stream?.getAudioTracks()[0] ?? null;
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!track || typeof AudioContext === 'undefined') return;
    let meter: MicLevelMeter;
    try {
      meter = new MicLevelMeter(track);
    } catch {
      return;
    }
    const timer = window.setInterval(() => setLevel(meter.read()), 1000 / readsPerSecond);
    return () => {
      window.clearInterval(timer);
      meter.close();
      setLevel(0);
    };
  }, [track]);

  const shown = muted || !track ? 0 : level;
  return (
    <div className="mic-level">
      <meter aria-label="Microphone level" min={0} max={1} low={0.6} high={0.9} optimum={0.4} value={shown} />
      {muted && <span className="mic-level-note">Muted</span>}
      {!track && <span className="mic-level-note">No microphone</span>}
    </div>
  );
}
