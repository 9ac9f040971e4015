import { useEffect, useRef, useState } from 'react';

type Props = {
  stream: MediaStream | null;
  /** The accessible name, e.g. "Candidate video" or "Your video". */
  label: string;
  /** Your own preview: muted (no echo) and mirrored, as people expect to see themselves. */
  self?: boolean;
  className?: string;
  /** Shown over the video when there is nothing to show (camera off, not connected yet). */
  placeholder?: string | null;
};

/**
 * A <video> bound to a MediaStream. When the browser refuses to autoplay sound, it plays muted and offers a
 * button to turn the sound on, rather than showing a frozen picture.
 */
export function VideoView({ stream, label, self = false, className, placeholder = null }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [needsSound, setNeedsSound] = useState(false);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    if (element.srcObject !== stream) element.srcObject = stream;
    if (!stream) return;
    element.muted = self;
    element.play().catch(() => {
      if (self) return;
      element.muted = true;
      setNeedsSound(true);
      void element.play().catch(() => {});
    });
  }, [stream, self]);

  const enableSound = () => {
    const element = video.current;
    if (!element) return;
    element.muted = false;
    void element.play().then(
      () => setNeedsSound(false),
      () => {},
    );
  };

  return (
    <div className={['video-view', self ? 'video-view-self' : '', className].filter(Boolean).join(' ')}>
      <video
        ref={video}
        aria-label={label}
        autoPlay
        playsInline
        muted={self}
        data-self={self ? 'true' : undefined}
      />
      {(placeholder || !stream) && (
        <p className="video-placeholder" aria-hidden={stream ? 'true' : undefined}>
          {placeholder ?? 'No video'}
        </p>
      )}
      {needsSound && (
        <button type="button" className="button button-small video-sound" onClick={enableSound}>
          Turn on sound
        </button>
      )}
    </div>
  );
}
