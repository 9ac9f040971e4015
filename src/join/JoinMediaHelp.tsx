import { useState } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import type { CallSnapshot } from '../renderer/callEngine/CallSnapshot.ts';
import { describeMediaHelp } from './describeMediaHelp.ts';
import { mediaPlatformOf } from './mediaPlatformOf.ts';

/**
 * A blocked or missing camera or microphone, explained for this platform (iOS Safari, Android Chrome, desktop),
 * with "Try again", and the reassurance that the interview works without them.
 */
export function JoinMediaHelp({
  machine,
  snapshot,
  host,
}: {
  machine: CallMachine;
  snapshot: CallSnapshot;
  host: string;
}) {
  const [platform] = useState(() => mediaPlatformOf(navigator.userAgent, navigator.maxTouchPoints ?? 0));
  if (!snapshot.mediaProblem) return null;
  const help = describeMediaHelp(snapshot.mediaProblem, platform);
  const stillWorking = snapshot.localStream?.getTracks().length ?? 0;
  return (
    <div role="alert" className="alert alert-error join-media-help">
      <div className="alert-body">
        <p className="alert-title">{help.title}</p>
        <p>{help.steps}</p>
        {stillWorking === 0 && (
          <p>
            You can still join: {host} will be told, and you can talk by chat. Allow the camera later and tap
            Try again to turn it on during the call.
          </p>
        )}
      </div>
      <button type="button" className="button" onClick={() => void machine.retryMedia()}>
        Try again
      </button>
    </div>
  );
}
