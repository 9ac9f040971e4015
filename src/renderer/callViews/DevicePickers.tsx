import { useId } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

/** "Camera" and "Microphone" selects; changing one mid-call swaps the track without dropping the call. */
export function DevicePickers({ machine, snapshot }: { machine: CallMachine; snapshot: CallSnapshot }) {
  const id = useId();
  const { cameras, microphones } = snapshot.devices;
  return (
    <div className="device-pickers">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-camera`}>
          Camera
        </label>
        <div className="select-wrap">
          <select
            id={`${id}-camera`}
            className="input select"
            value={snapshot.cameraId ?? ''}
            disabled={cameras.length === 0}
            onChange={(event) => void machine.selectCamera(event.target.value)}
          >
            {cameras.length === 0 && <option value="">No camera found</option>}
            {cameras.map((camera) => (
              <option key={camera.deviceId} value={camera.deviceId}>
                {camera.label}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-microphone`}>
          Microphone
        </label>
        <div className="select-wrap">
          <select
            id={`${id}-microphone`}
            className="input select"
            value={snapshot.microphoneId ?? ''}
            disabled={microphones.length === 0}
            onChange={(event) => void machine.selectMicrophone(event.target.value)}
          >
            {microphones.length === 0 && <option value="">No microphone found</option>}
            {microphones.map((microphone) => (
              <option key={microphone.deviceId} value={microphone.deviceId}>
                {microphone.label}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
      </div>
    </div>
  );
}
