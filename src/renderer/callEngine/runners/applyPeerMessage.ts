import type { CallCore } from '../CallCore.ts';
import type { ChatMessage } from '../CallSnapshot.ts';
import type { PeerMessage } from '../messages/PeerMessage.ts';
import type { SignalEnvelope } from '../messages/SignalEnvelope.ts';

/** A flood from the other side stops here; the recruiter's own lines are never refused. */
export const maximumRemoteChatLines = 1000;

/** What a message changes beyond the snapshot: hang-up, and a renegotiation that came over the data channel. */
export type PeerMessageEffects = { bye(): void; signal(envelope: SignalEnvelope): void };

/** Puts one checked data-channel message (parsePeerMessage made it) into the call. */
export function applyPeerMessage(core: CallCore, message: PeerMessage, effects: PeerMessageEffects): void {
  const { snapshot } = core;
  switch (message.type) {
    case 'chat': {
      if (snapshot.chat.some((line) => line.id === message.id)) return;
      const remoteLines = snapshot.chat.filter((line) => line.from === 'remote').length;
      if (remoteLines >= maximumRemoteChatLines) return;
      const line: ChatMessage = {
        id: message.id,
        from: 'remote',
        name: message.name,
        text: message.text,
        sentAt: message.sentAt,
      };
      core.update({ chat: [...snapshot.chat, line] });
      return;
    }
    case 'mute-state':
      core.update({ remote: { ...snapshot.remote, muted: message.muted } });
      return;
    case 'camera-state':
      core.update({ remote: { ...snapshot.remote, cameraOff: message.off } });
      return;
    case 'screen-share':
      core.update({ remote: { ...snapshot.remote, screenSharing: message.sharing } });
      return;
    case 'device-state':
      core.update({ remoteDevices: { camera: message.camera, microphone: message.microphone } });
      return;
    case 'quality':
      core.update({ quality: { ...snapshot.quality, remote: message.report } });
      return;
    case 'signal':
      effects.signal(message.data);
      return;
    case 'recording-request':
      // Only a guest is asked, and only once: an answer already given stands.
      if (core.role === 'guest' && snapshot.recording.consent === 'unasked')
        core.update({ recording: { ...snapshot.recording, consent: 'asked' } });
      return;
    case 'recording-consent':
      if (core.role === 'host' && snapshot.recording.consent === 'asked')
        core.update({
          recording: { ...snapshot.recording, consent: message.accepted ? 'accepted' : 'declined' },
        });
      return;
    case 'recording-state':
      if (core.role === 'guest') {
        // REC shows only for a recording the candidate agreed to, and not again once stopped.
        const active =
          message.recording && snapshot.recording.consent === 'accepted' && !snapshot.recording.stoppedBy;
        core.update({
          recording: {
            ...snapshot.recording,
            active,
            stoppedBy:
              !message.recording && snapshot.recording.active ? 'remote' : snapshot.recording.stoppedBy,
          },
        });
      } else if (
        !message.recording &&
        snapshot.recording.stoppedBy === null &&
        snapshot.recording.consent === 'accepted'
      ) {
        // The candidate's "Stop recording": the host may not be told to start, only to stop.
        core.update({ recording: { ...snapshot.recording, active: false, stoppedBy: 'remote' } });
      }
      return;
    case 'bye':
      effects.bye();
      return;
  }
}
