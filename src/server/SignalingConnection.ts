import WebSocket from 'ws';
import { closeCodes } from './closeCodes.ts';
import type { JoinAttemptLimiter } from './JoinAttemptLimiter.ts';
import { parseClientFrame } from './parseClientFrame.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { RoomMembership } from './RoomMembership.ts';
import type { RoomService } from './RoomService.ts';
import { sendSignalingError } from './sendSignalingError.ts';
import { signalingErrorMessages } from './signalingErrorMessages.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { TokenBucket } from './TokenBucket.ts';

interface SignalingConnectionSettings {
  rooms: RoomService;
  joinAttempts: JoinAttemptLimiter;
  addressKey: string;
  log: (message: string) => void;
}

// One WebSocket client: rate-limits, parses and validates its frames, then hands them to its room. Whatever goes
// wrong while handling one of its frames costs this connection at most, never the process.
export class SignalingConnection implements PeerConnection {
  private readonly socket: WebSocket;
  private readonly settings: SignalingConnectionSettings;
  private readonly frameBucket = new TokenBucket(
    signalingProtocolLimits.messageBurst,
    signalingProtocolLimits.messagesPerSecond,
  );
  // Refused frames drain this second bucket; a client that empties it is flooding, not bursting, and is cut off.
  private readonly refusalBucket = new TokenBucket(
    signalingServerLimits.refusedFramesBeforeDisconnect,
    signalingServerLimits.refusedFramesForgivenPerSecond,
  );
  private rateLimitReported = false;
  private membership: RoomMembership | null = null;
  private readonly joinTimer: NodeJS.Timeout;

  constructor(socket: WebSocket, settings: SignalingConnectionSettings) {
    this.socket = socket;
    this.settings = settings;
    socket.on('message', (data, isBinary) => this.guard(() => this.handleMessage(data, isBinary)));
    socket.on('close', () => this.guard(() => this.handleClose()));
    // ws reports protocol errors (such as frames over maxPayload, closed with 1009) here and closes the socket itself;
    // the listener only has to exist so the error is not rethrown and the process survives.
    socket.on('error', () => {});
    this.joinTimer = setTimeout(() => {
      this.guard(() => {
        if (this.membership === null) {
          sendSignalingError(
            this,
            'not_joined',
            'No join frame arrived in time.',
            closeCodes.policyViolation,
          );
        }
      });
    }, signalingProtocolLimits.joinTimeoutMilliseconds);
    this.joinTimer.unref();
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(text: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    // A client that stops reading would make us buffer without bound; drop it instead.
    if (this.socket.bufferedAmount > signalingServerLimits.maximumBufferedBytesPerConnection) {
      this.socket.terminate();
      return;
    }
    this.socket.send(text);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  // The last line of defence: a bug reached through one client's frame closes that client with 1011 and is logged.
  private guard(handle: () => void): void {
    try {
      handle();
    } catch (error) {
      this.settings.log(`a connection's frame could not be handled: ${describeError(error)}`);
      try {
        this.close(closeCodes.internalError, 'internal_error');
      } catch {
        this.socket.terminate();
      }
    }
  }

  private handleMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.frameBucket.tryTake()) {
      this.handleRefusedFrame();
      return;
    }
    this.rateLimitReported = false;
    const text = isBinary ? '' : rawDataToText(data);
    const parsed = isBinary
      ? { problem: 'Frames must be text, not binary.', namedType: null }
      : parseClientFrame(text);
    const membership = this.membership;
    if (membership !== null) {
      if ('frame' in parsed) membership.handle(parsed.frame, text);
      else sendSignalingError(this, 'invalid_message', parsed.problem);
      return;
    }
    // Before joining every mistake is fatal, since there is nothing to keep open; afterwards the call carries on.
    if ('frame' in parsed && parsed.frame.type === 'join') {
      clearTimeout(this.joinTimer);
      if (!this.settings.joinAttempts.tryTake(this.settings.addressKey)) {
        sendSignalingError(
          this,
          'rate_limited',
          'Too many join attempts from your address; try again in a minute.',
          closeCodes.policyViolation,
        );
        return;
      }
      this.membership = this.settings.rooms.join(parsed.frame, text, this);
      return;
    }
    const namedType = 'frame' in parsed ? parsed.frame.type : parsed.namedType;
    if (namedType !== null && namedType !== 'join') {
      sendSignalingError(
        this,
        'not_joined',
        'The first frame must be a join frame.',
        closeCodes.policyViolation,
      );
      return;
    }
    const problem = 'problem' in parsed ? parsed.problem : signalingErrorMessages.invalid_message;
    sendSignalingError(this, 'invalid_message', problem, closeCodes.policyViolation);
  }

  private handleRefusedFrame(): void {
    if (!this.refusalBucket.tryTake()) {
      sendSignalingError(this, 'rate_limited', 'Too many frames; disconnecting.', closeCodes.policyViolation);
      return;
    }
    // Report once per run of refused frames so a flood does not make us flood back.
    if (!this.rateLimitReported) {
      this.rateLimitReported = true;
      sendSignalingError(this, 'rate_limited');
    }
  }

  private handleClose(): void {
    clearTimeout(this.joinTimer);
    this.membership?.disconnect();
  }
}

function rawDataToText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
