import type { ClientOptions } from 'ws';
import { expect } from 'vitest';
import type { SignalingServerProcess } from './SignalingServerProcess.ts';
import { TestSocket } from './TestSocket.ts';

interface RoomCredentials {
  roomId: string;
  hostToken: string;
  guestToken: string;
  joinUrl: string;
  expiresAt: string;
}

interface JoinedPeer {
  socket: TestSocket;
  peerId: string;
  resumeToken: string;
  joined: Record<string, unknown>;
}

// A room created over the real HTTP API plus shortcuts for the join flows most tests start with.
export class TestRoom {
  readonly server: SignalingServerProcess;
  readonly credentials: RoomCredentials;

  private constructor(server: SignalingServerProcess, credentials: RoomCredentials) {
    this.server = server;
    this.credentials = credentials;
  }

  static async create(server: SignalingServerProcess, body: unknown = {}): Promise<TestRoom> {
    const response = await server.createRoom(body);
    expect(response.status).toBe(201);
    return new TestRoom(server, (await response.json()) as RoomCredentials);
  }

  // The same room reached through another server process (sharing one Redis): same ids and tokens.
  through(server: SignalingServerProcess): TestRoom {
    return new TestRoom(server, this.credentials);
  }

  get roomId(): string {
    return this.credentials.roomId;
  }

  // Opens a socket and sends a join frame; the caller reads the answer.
  async connect(
    token: string,
    name: string,
    peerId?: string,
    resumeToken?: string,
    socketOptions: ClientOptions & { url?: string } = {},
  ): Promise<TestSocket> {
    const { url = this.server.webSocketUrl, ...options } = socketOptions;
    const socket = await TestSocket.open(url, options);
    socket.send({
      type: 'join',
      roomId: this.roomId,
      token,
      name,
      ...(peerId === undefined ? {} : { peerId }),
      ...(resumeToken === undefined ? {} : { resumeToken }),
    });
    return socket;
  }

  async joinHost(name: string, peerId?: string): Promise<JoinedPeer> {
    const socket = await this.connect(this.credentials.hostToken, name, peerId);
    const joined = await socket.next();
    expect(joined).toMatchObject({ type: 'joined', role: 'host' });
    return { socket, peerId: joined.peerId as string, resumeToken: joined.resumeToken as string, joined };
  }

  // Goes through the lobby: the guest waits, the host is told and admits, the guest is let in.
  async joinGuest(host: JoinedPeer, name: string): Promise<JoinedPeer> {
    const socket = await this.connect(this.credentials.guestToken, name);
    const waiting = await socket.next();
    expect(waiting).toMatchObject({ type: 'waiting' });
    const announcement = await host.socket.nextOfType('guest-waiting');
    expect(announcement).toEqual({ type: 'guest-waiting', peerId: waiting.peerId, name });
    host.socket.send({ type: 'admit', peerId: waiting.peerId });
    const joined = await socket.next();
    expect(joined).toMatchObject({
      type: 'joined',
      role: 'guest',
      peerId: waiting.peerId,
      resumeToken: waiting.resumeToken,
    });
    return { socket, peerId: joined.peerId as string, resumeToken: joined.resumeToken as string, joined };
  }
}
