import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { remoteVideoPlaceholder } from './remoteVideoPlaceholder.ts';
import { VideoView } from './VideoView.tsx';

type Props = {
  snapshot: CallSnapshot;
  /** In the call: the other person's video beside the self view; before it, the self view alone as a preview. */
  inCall: boolean;
  /** The stage's class before the call: each page lays out its preview its own way. */
  previewClassName: string;
  remoteLabel: string;
  remoteCameraOffText: string;
  selfPlaceholder: string | null;
};

/**
 * The call's videos, for the app's call panel and the candidate's join page. One stage for lobby and call, so
 * the self view stays the same element (no restart as the call connects).
 */
export function VideoStage({
  snapshot,
  inCall,
  previewClassName,
  remoteLabel,
  remoteCameraOffText,
  selfPlaceholder,
}: Props) {
  return (
    <div
      className={
        inCall
          ? snapshot.remote.screenSharing
            ? 'call-stage call-stage-sharing'
            : 'call-stage'
          : previewClassName
      }
    >
      {inCall && (
        <VideoView
          key="remote"
          stream={snapshot.remoteStream}
          label={remoteLabel}
          className="video-remote"
          placeholder={remoteVideoPlaceholder(snapshot, remoteCameraOffText)}
        />
      )}
      {inCall && snapshot.remote.screenSharing && snapshot.remoteStream && (
        <p className="video-badge">{snapshot.remote.name ?? 'They'} is sharing their screen</p>
      )}
      {inCall && snapshot.screenSharing && (
        <p className="video-badge video-badge-self">You are sharing your screen</p>
      )}
      <VideoView
        key="self"
        stream={snapshot.localStream}
        label="Your video"
        self
        placeholder={selfPlaceholder}
      />
    </div>
  );
}
