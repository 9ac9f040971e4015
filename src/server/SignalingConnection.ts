import WebSocket from 'ws';
import { locales } from 'zod/mini';
import type { ClientFrame } from '../shared/signaling/ClientFrame.ts';
import { clientFrameSchema } from '../shared/signaling/clientFrameSchema.ts';
import type { Peer } from './Peer.ts';
import type { PeerConnection } from './PeerConnection.ts';
import type { Room } from './Room.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import { serializeFrame } from './serializeFrame.ts';
import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';
import { signalingProtocolLimits } from '../shared/signaling/signalingProtocolLimits.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';
import { TokenBucket } from './TokenBucket.ts';

type FrameOfType<Type extends ClientFrame['type']> = Extract<ClientFrame, { type: Type }>;
type ValidationIssue = { path: PropertyKey[]; message: string };

// Close codes: 1000 when the room says no (lifecycle), 1008 when the client broke the rules.
const normalClosure = 1000;
const policyViolation = 1008;
// The shared schemas use zod/mini, which loads no messages; error frames should still say what was wrong.
const englishIssues = { error: locales.en().localeError };

const errorMessages: Record<SignalingErrorCode, string> = {
  invalid_message: 'The frame is not valid JSON or does not match the protocol.',
  not_joined: 'Join a room (and be admitted) before sending this frame.',
  unknown_room: 'There is no such room.',
  room_expired: 'This room has expired.',
  invalid_token: 'The token does not belong to this room.',
  room_full: 'The room is full.',
  rate_limited: 'Too many frames; slow down.',
  frame_too_large: 'The frame is too large.',
  unknown_peer: 'There is no such peer in this room.',
  denied: 'The host did not let you in.',
  forbidden: 'Only hosts may do that.',
};

// One WebSocket client: parses and rate-limits its frames and turns them into room operations.
export class SignalingConnection implements PeerConnection {
  private readonly socket: WebSocket;
  private readonly registry: RoomRegistry;
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
  private room: Room | null = null;
  private peer: Peer | null = null;
  private readonly joinTimer: NodeJS.Timeout;

  constructor(socket: WebSocket, registry: RoomRegistry) {
    this.socket = socket;
    this.registry = registry;
    socket.on('message', (data, isBinary) => this.handleMessage(data, isBinary));
    socket.on('close', () => this.handleClose());
    // ws reports protocol errors (such as frames over maxPayload, closed with 1009) here and closes the socket itself;
    // the listener only has to exist so the error is not rethrown and the process survives.
    socket.on('error', () => {});
    this.joinTimer = setTimeout(() => {
      if (this.peer === null) this.fail('not_joined', 'No join frame arrived in time.', policyViolation);
    }, signalingProtocolLimits.joinTimeoutMilliseconds);
    this.joinTimer.unref();
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

  private handleMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.frameBucket.tryTake()) {
      this.handleRefusedFrame();
      return;
    }
    this.rateLimitReported = false;
    const value = isBinary ? undefined : parseJson(rawDataToText(data));
    if (value === undefined) {
      this.rejectFrame('invalid_message', 'The frame is not valid JSON text.');
      return;
    }
    const parsed = clientFrameSchema.safeParse(value, englishIssues);
    if (this.peer === null || this.room === null) {
      this.handleFrameBeforeJoin(value, parsed.success ? parsed.data : null, parsed.error?.issues[0]);
      return;
    }
    if (!parsed.success) {
      this.fail('invalid_message', describeIssue(parsed.error.issues[0]));
      return;
    }
    this.handleFrameInRoom(parsed.data, this.room, this.peer);
  }

  private handleRefusedFrame(): void {
    if (!this.refusalBucket.tryTake()) {
      this.fail('rate_limited', 'Too many frames; disconnecting.', policyViolation);
      return;
    }
    // Report once per run of refused frames so a flood does not make us flood back.
    if (!this.rateLimitReported) {
      this.rateLimitReported = true;
      this.fail('rate_limited', errorMessages.rate_limited);
    }
  }

  private handleFrameBeforeJoin(
    value: unknown,
    frame: ClientFrame | null,
    issue: ValidationIssue | undefined,
  ): void {
    if (frame?.type === 'join') {
      this.join(frame);
      return;
    }
    const isKnownFrameType = frame !== null || (isRecord(value) && isOtherFrameType(value.type));
    if (isKnownFrameType) {
      this.fail('not_joined', 'The first frame must be a join frame.', policyViolation);
    } else {
      this.fail(
        'invalid_message',
        issue ? describeIssue(issue) : errorMessages.invalid_message,
        policyViolation,
      );
    }
  }

  private join(frame: FrameOfType<'join'>): void {
    const lookup = this.registry.lookup(frame.roomId);
    if (lookup.status === 'unknown') {
      this.fail('unknown_room', errorMessages.unknown_room, normalClosure);
      return;
    }
    if (lookup.status === 'expired') {
      this.fail('room_expired', errorMessages.room_expired, normalClosure);
      return;
    }
    const room = lookup.room;
    const role = room.roleForToken(frame.token);
    if (role === null) {
      this.fail('invalid_token', errorMessages.invalid_token, policyViolation);
      return;
    }
    const peerId = frame.peerId ?? undefined;
    const resume = peerId === undefined ? undefined : { peerId, resumeToken: frame.resumeToken ?? undefined };
    const outcome = room.join(role, frame.name, resume, this);
    if ('error' in outcome) {
      this.fail(outcome.error, errorMessages[outcome.error], normalClosure);
      return;
    }
    clearTimeout(this.joinTimer);
    this.room = room;
    this.peer = outcome.peer;
  }

  private handleFrameInRoom(frame: ClientFrame, room: Room, peer: Peer): void {
    if (frame.type === 'join') {
      this.fail('invalid_message', 'Already joined; open a new connection to join again.');
      return;
    }
    if (frame.type === 'leave') {
      room.leave(peer);
      return;
    }
    if (!peer.admitted) {
      this.fail('not_joined', 'Wait until a host admits you.');
      return;
    }
    const error = this.applyFrame(frame, room, peer);
    if (error !== null) this.fail(error, errorMessages[error]);
  }

  private applyFrame(
    frame: FrameOfType<'signal' | 'broadcast' | 'admit' | 'deny'>,
    room: Room,
    peer: Peer,
  ): SignalingErrorCode | null {
    switch (frame.type) {
      case 'signal':
        return room.relaySignal(peer, frame.to, frame.data);
      case 'broadcast':
        return room.broadcast(peer, frame.data);
      case 'admit':
        return room.admit(peer, frame.peerId);
      case 'deny':
        return room.deny(peer, frame.peerId);
    }
  }

  // Before join every mistake is fatal, since there is nothing to keep open; afterwards the call carries on.
  private rejectFrame(code: SignalingErrorCode, message: string): void {
    this.fail(code, message, this.peer === null ? policyViolation : undefined);
  }

  private fail(code: SignalingErrorCode, message: string, closeCode?: number): void {
    this.send(serializeFrame({ type: 'error', code, message }));
    if (closeCode !== undefined) this.close(closeCode, code);
  }

  private handleClose(): void {
    clearTimeout(this.joinTimer);
    if (this.room !== null && this.peer !== null) this.room.disconnect(this.peer, this);
  }
}

function rawDataToText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOtherFrameType(type: unknown): boolean {
  return typeof type === 'string' && ['signal', 'broadcast', 'admit', 'deny', 'leave'].includes(type);
}

function describeIssue(issue: ValidationIssue | undefined): string {
  if (issue === undefined) return errorMessages.invalid_message;
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'frame';
  return `${where}: ${issue.message}`.slice(0, 200);
}
