import SimplePeer from 'simple-peer';
import { chunkMessage } from './chunkMessage.ts';
import { MessageReassembler } from './MessageReassembler.ts';
import { isPeerMessage } from './PeerMessage.ts';
import type { PeerLink, PeerLinkOptions } from './PeerLink.ts';

const decoder = new TextDecoder();
let nextChunkedMessage = 0;

/**
 * The one place that touches simple-peer. Trickle ICE on, the server's ICE servers only (simple-peer's default
 * public STUN servers would stall gathering on a network without internet), JSON messages over the data channel.
 */
export function createPeer(options: PeerLinkOptions): PeerLink {
  const peer = new SimplePeer({
    initiator: options.initiator,
    trickle: true,
    ...(options.stream ? { stream: options.stream } : {}),
    config: { iceServers: options.iceServers, iceTransportPolicy: options.iceTransportPolicy },
    // A guest with no camera still receives the host's media.
    offerOptions: { offerToReceiveAudio: true, offerToReceiveVideo: true },
  });
  const reassembler = new MessageReassembler();
  let closed = false;
  const close = (reason: string) => {
    if (closed) return;
    closed = true;
    options.onClose(reason);
  };

  peer.on('signal', (data) => options.onSignal(data));
  peer.on('connect', () => options.onConnect());
  peer.on('stream', (stream: MediaStream) => options.onStream(stream));
  peer.on('data', (data: Uint8Array | string) => {
    const message = reassembler.accept(typeof data === 'string' ? data : decoder.decode(data));
    if (isPeerMessage(message)) options.onMessage(message);
  });
  peer.on('iceStateChange', (state: RTCIceConnectionState) => options.onIceState(state));
  peer.on('error', (error: Error & { code?: string }) => close(error.code ?? error.message));
  peer.on('close', () => close('closed'));

  return {
    signal(data) {
      if (peer.destroyed) return;
      try {
        peer.signal(data as SimplePeer.SignalData);
      } catch {
        // A malformed signal from the other side must not take the page down; the connection just fails.
      }
    },
    send(message) {
      if (peer.destroyed || !peer.connected) return;
      nextChunkedMessage += 1;
      // write() respects the channel's bufferedAmount (simple-peer waits for bufferedamountlow above 64 KiB).
      for (const frame of chunkMessage(JSON.stringify(message), `m${nextChunkedMessage}`)) peer.write(frame);
    },
    replaceTrack(oldTrack, newTrack, stream) {
      peer.replaceTrack(oldTrack, newTrack, stream);
    },
    addTrack(track, stream) {
      peer.addTrack(track, stream);
    },
    async getStats() {
      // simple-peer's own getStats flattens the report; the standard one keeps ids for following references.
      const connection = (peer as unknown as { _pc?: RTCPeerConnection })._pc;
      return connection ? connection.getStats() : null;
    },
    destroy() {
      closed = true;
      peer.destroy();
    },
  };
}
