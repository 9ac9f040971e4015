import { chunkMessage } from './chunkMessage.ts';
import { MessageReassembler } from './MessageReassembler.ts';
import { parsePeerMessage } from './messages/parsePeerMessage.ts';
import { DataChannelWriter } from './peer/DataChannelWriter.ts';
import { parseSignal, type PeerSignal } from './peer/parseSignal.ts';
import type { PeerLink, PeerLinkOptions } from './PeerLink.ts';

type Kind = 'audio' | 'video';

const decoder = new TextDecoder();
let nextChunkedMessage = 0;

/**
 * The one place that touches RTCPeerConnection (docs/decisions.md says why it is ours and not simple-peer).
 *
 * Both sides always have one audio and one video transceiver, both `sendrecv`, and a negotiated data channel
 * (id 0), so every later change of what is sent (another camera, a late permission, a shared screen) is a
 * `replaceTrack` and never a renegotiation. The host (initiator) makes every offer: the first one and each ICE
 * restart; the guest only answers. Trickle ICE; the server's ICE servers only.
 */
export function createPeer(options: PeerLinkOptions): PeerLink {
  const connection = new RTCPeerConnection({
    iceServers: options.iceServers,
    iceTransportPolicy: options.iceTransportPolicy,
    // Audio, video and data share one transport (both ends are browsers, which bundle), so ICE gathers, signals and
    // checks candidates for one m-line instead of three: a third of the candidates to relay and add at connect time.
    bundlePolicy: 'max-bundle',
  });
  const localTracks = new Map<Kind, MediaStreamTrack | null>([
    ['audio', options.stream?.getAudioTracks()[0] ?? null],
    ['video', options.stream?.getVideoTracks()[0] ?? null],
  ]);
  const remoteStream = new MediaStream();
  const reassembler = new MessageReassembler();
  let writer: DataChannelWriter | null = null;
  let channel: RTCDataChannel | null = null;
  let closed = false;
  let streamAnnounced = false;
  let pendingCandidates: RTCIceCandidateInit[] = [];
  /** Signals are applied one at a time, in order: a candidate never overtakes the description it belongs to. */
  let queue: Promise<void> = Promise.resolve();
  let heldUntil = 0;
  /** The first answer is in: later ones answer ICE restarts. */
  let answered = false;

  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    options.onClose(reason);
  };

  const senderFor = (kind: Kind): RTCRtpSender | null =>
    connection.getTransceivers().find((transceiver) => transceiver.receiver.track.kind === kind)?.sender ??
    null;

  const sendTrack = (kind: Kind, track: MediaStreamTrack | null) => {
    localTracks.set(kind, track);
    senderFor(kind)
      ?.replaceTrack(track)
      .catch(() => {});
  };

  const resendTracks = () => {
    for (const [kind, track] of localTracks) sendTrack(kind, track);
  };

  const openChannel = () => {
    const created = connection.createDataChannel('rapport', { negotiated: true, id: 0, ordered: true });
    channel = created;
    writer = new DataChannelWriter(created);
    created.addEventListener('open', () => {
      if (!closed) options.onConnect();
    });
    created.addEventListener('close', () => close('closed'));
    created.addEventListener('message', (event: MessageEvent<string | ArrayBuffer>) => {
      const text = typeof event.data === 'string' ? event.data : decoder.decode(event.data);
      const message = parsePeerMessage(reassembler.accept(text));
      if (message && !closed) options.onMessage(message);
    });
  };

  const waitOutHold = async () => {
    const wait = heldUntil - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };

  const offer = async (iceRestart: boolean) => {
    await waitOutHold();
    if (closed) return;
    // An offer still unanswered (its answer was lost with the network) is withdrawn before the next one.
    if (connection.signalingState === 'have-local-offer')
      await connection.setLocalDescription({ type: 'rollback' });
    if (iceRestart) connection.restartIce();
    await connection.setLocalDescription(await connection.createOffer(iceRestart ? { iceRestart } : {}));
    options.onSignal(connection.localDescription?.toJSON());
  };

  const flushCandidates = async () => {
    const waiting = pendingCandidates;
    pendingCandidates = [];
    for (const candidate of waiting) await connection.addIceCandidate(candidate).catch(() => {});
  };

  const apply = async (signal: PeerSignal) => {
    if (signal.kind === 'candidate') {
      if (!connection.remoteDescription) pendingCandidates.push(signal.candidate);
      else await connection.addIceCandidate(signal.candidate).catch(() => {});
      return;
    }
    const { description } = signal;
    if (description.type === 'answer') {
      if (!options.initiator || connection.signalingState !== 'have-local-offer') return;
      await connection.setRemoteDescription(description);
      await flushCandidates();
      // A restart's answer is in: whatever a dead network (or the test hook) stopped is sent again. Not after the
      // first answer: replacing the video track just as the connection comes up cost its first frame ~100 ms.
      if (answered) resendTracks();
      answered = true;
      return;
    }
    if (options.initiator) return;
    const first = !connection.remoteDescription;
    if (!first) await waitOutHold();
    await connection.setRemoteDescription(description);
    if (first) {
      for (const transceiver of connection.getTransceivers()) {
        const kind = transceiver.receiver.track.kind as Kind;
        transceiver.direction = 'sendrecv';
        await transceiver.sender.replaceTrack(localTracks.get(kind) ?? null);
      }
      openChannel();
    }
    await connection.setLocalDescription(await connection.createAnswer());
    options.onSignal(connection.localDescription?.toJSON());
    await flushCandidates();
    if (!first) resendTracks();
  };

  connection.addEventListener('icecandidate', (event) => {
    if (event.candidate && !closed) options.onSignal({ candidate: event.candidate.toJSON() });
  });
  connection.addEventListener('iceconnectionstatechange', () => {
    if (!closed) options.onIceState(connection.iceConnectionState);
  });
  connection.addEventListener('connectionstatechange', () => {
    // A failed DTLS handshake cannot be restarted; failed ICE can, and the machine does that.
    if (connection.connectionState === 'failed' && connection.iceConnectionState !== 'failed')
      close('failed');
  });
  connection.addEventListener('track', (event) => {
    if (!remoteStream.getTracks().includes(event.track)) remoteStream.addTrack(event.track);
    if (streamAnnounced || closed) return;
    streamAnnounced = true;
    options.onStream(remoteStream);
  });

  if (options.initiator) {
    for (const kind of ['audio', 'video'] as const) {
      connection.addTransceiver(localTracks.get(kind) ?? kind, {
        direction: 'sendrecv',
        streams: options.stream ? [options.stream] : [],
      });
    }
    openChannel();
    queue = offer(false).catch(() => close('negotiation-failed'));
  }

  return {
    signal(data) {
      const signal = parseSignal(data);
      if (!signal || closed) return;
      queue = queue.then(() => apply(signal)).catch(() => close('negotiation-failed'));
    },
    send(message) {
      if (closed || !writer || channel?.readyState !== 'open') return;
      nextChunkedMessage += 1;
      writer.write(chunkMessage(JSON.stringify(message), `m${nextChunkedMessage}`));
    },
    replaceTrack(_oldTrack, newTrack) {
      sendTrack(newTrack.kind as Kind, newTrack);
    },
    addTrack(track) {
      sendTrack(track.kind as Kind, track);
    },
    restartIce() {
      if (!options.initiator || closed) return;
      queue = queue.then(() => offer(true)).catch(() => close('negotiation-failed'));
    },
    async getStats() {
      return closed ? null : connection.getStats();
    },
    destroy() {
      closed = true;
      channel?.close();
      connection.close();
    },
    simulateNetworkFailure(holdMilliseconds) {
      heldUntil = Date.now() + holdMilliseconds;
      for (const kind of ['audio', 'video'] as const) {
        senderFor(kind)
          ?.replaceTrack(null)
          .catch(() => {});
      }
      options.onIceState('failed');
    },
  };
}
