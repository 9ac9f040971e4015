import { useState } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { DevicePickers } from './DevicePickers.tsx';
import { MicrophoneLevel } from './MicrophoneLevel.tsx';

/**
 * "Camera and microphone", folded away during a call. Its contents mount only when opened, so the level meter's
 * AudioContext does not start at the very moment the call is connecting.
 */
export function DeviceSettings({
  machine,
  snapshot,
  className,
}: {
  machine: CallMachine;
  snapshot: CallSnapshot;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Camera and microphone</summary>
      {open && (
        <div className="device-settings-body">
          <DevicePickers machine={machine} snapshot={snapshot} />
          <MicrophoneLevel stream={snapshot.localStream} muted={snapshot.muted} />
        </div>
      )}
    </details>
  );
}
