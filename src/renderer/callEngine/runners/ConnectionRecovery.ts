import type { CallCore } from '../CallCore.ts';
import type { PeerLink } from '../PeerLink.ts';
import { ConnectionWatch, type ConnectionReading } from './ConnectionWatch.ts';
import type { PeerSessionTimings } from './PeerSessionTimings.ts';

/** What recovery asks of the peer session. */
export type RecoveryActions = {
  /** Host: ICE restart on the current connection. Guest: ask the host for one. */
  restartIce(): void;
  /** A new connection (host) or a request for one (guest). */
  rebuild(): void;
  /** The other side's stream of the current connection, to show again once it works. */
  keptRemoteStream(): MediaStream | null;
  /** Our own figures, for the other side's indicator. */
  sendQuality(reading: ConnectionReading): void;
};

/**
 * When a connection breaks and how it comes back. ICE failed, disconnected past the grace period, or media silent
 * for as long while ICE says "connected": reconnecting, then an ICE restart, then (if that did not help in time) a
 * rebuild, and after the deadline the call is lost. Back to connected when ICE recovers or packets flow again.
 */
export class ConnectionRecovery {
  private readonly core: CallCore;
  private readonly timings: PeerSessionTimings;
  private readonly actions: RecoveryActions;
  private watch: ConnectionWatch | null = null;
  /** Media came in on this connection at some point: only then does silence mean it broke. */
  private mediaFlowed = false;
  private silentReadings = 0;
  /** Why we are reconnecting: ICE said so (its recovery is enough), or the media stopped (it must flow again). */
  private brokenBy: 'ice' | 'media' | null = null;
  private iceRestartTried = false;
  /** A reading taken just after ICE broke still counts packets from before it: it proves nothing. */
  private readingsToIgnore = 0;
  private disconnectedTimer: ReturnType<typeof setTimeout> | null = null;
  private iceRestartTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectDeadline: ReturnType<typeof setTimeout> | null = null;

  constructor(core: CallCore, timings: PeerSessionTimings, actions: RecoveryActions) {
    this.core = core;
    this.timings = timings;
    this.actions = actions;
  }

  /** The connection is up (first time or again): watch it, and leave reconnecting. */
  connected(peer: PeerLink, isCurrent: () => boolean): void {
    this.watch ??= new ConnectionWatch(
      peer,
      this.timings.statsIntervalMilliseconds,
      () =>
        !this.core.snapshot.remote.cameraOff &&
        !this.core.snapshot.remote.screenSharing &&
        this.core.snapshot.remoteDevices.camera === 'working',
      (reading) => {
        if (isCurrent()) this.handleReading(reading);
      },
    );
    this.recovered();
  }

  iceState(state: RTCIceConnectionState): void {
    if (state === 'failed') {
      this.enterReconnecting('ice');
      this.recover();
      return;
    }
    if (state === 'disconnected') {
      // Often a blip (Wi-Fi roam); give ICE a moment to recover before restarting it.
      this.enterReconnecting('ice');
      this.disconnectedTimer ??= setTimeout(() => {
        this.disconnectedTimer = null;
        this.recover();
      }, this.timings.disconnectedGraceMilliseconds);
      return;
    }
    if ((state === 'connected' || state === 'completed') && this.brokenBy === 'ice') this.recovered();
  }

  /** The connection closed for good: a new one at once. */
  lost(): void {
    this.enterReconnecting('ice');
    this.rebuild();
  }

  /** Forgets the connection being watched (destroyed or replaced). */
  forgetConnection(): void {
    this.watch?.stop();
    this.watch = null;
    this.mediaFlowed = false;
    this.silentReadings = 0;
  }

  /** The call left the connection behind (the guest hung up, or the call ended): no timer may fire. */
  stop(): void {
    this.forgetConnection();
    this.clearTimers();
    this.brokenBy = null;
    this.iceRestartTried = false;
  }

  rebuild(): void {
    if (this.core.isOver()) return;
    this.iceRestartTried = false;
    if (this.iceRestartTimer) clearTimeout(this.iceRestartTimer);
    this.iceRestartTimer = null;
    this.actions.rebuild();
  }

  /** A statistics reading: the quality indicator on both sides, and the media watch. */
  private handleReading(reading: ConnectionReading): void {
    if (this.core.isOver()) return;
    this.core.update({ quality: { ...this.core.snapshot.quality, local: reading.report } });
    this.actions.sendQuality(reading);
    if (reading.packetsSincePrevious > 0) {
      this.mediaFlowed = true;
      this.silentReadings = 0;
      if (this.brokenBy !== null && this.readingsToIgnore > 0) {
        this.readingsToIgnore -= 1;
        return;
      }
      // Packets arriving are the proof that the path works again, whatever ICE last reported.
      if (this.brokenBy !== null) this.recovered();
      return;
    }
    if (!this.mediaFlowed || this.core.snapshot.state !== 'connected') return;
    this.silentReadings += 1;
    // Connected on paper, silent in fact (the failure the issue saw): treat it as a broken connection.
    if (
      this.silentReadings * this.timings.statsIntervalMilliseconds >=
      this.timings.disconnectedGraceMilliseconds
    ) {
      this.enterReconnecting('media');
      this.recover();
    }
  }

  /** First an ICE restart on the same connection; if that has not worked in time, a new connection. */
  private recover(): void {
    if (this.core.isOver() || this.core.snapshot.state !== 'reconnecting') return;
    if (this.iceRestartTried || !this.watch) {
      this.rebuild();
      return;
    }
    this.iceRestartTried = true;
    this.actions.restartIce();
    this.iceRestartTimer ??= setTimeout(() => {
      this.iceRestartTimer = null;
      if (this.core.snapshot.state === 'reconnecting') this.rebuild();
    }, this.timings.iceRestartTimeoutMilliseconds);
  }

  private recovered(): void {
    this.clearTimers();
    this.brokenBy = null;
    this.iceRestartTried = false;
    this.silentReadings = 0;
    const { state } = this.core.snapshot;
    if (state === 'connecting' || state === 'reconnecting') this.core.transition('connected');
    const kept = this.actions.keptRemoteStream();
    if (kept && this.core.snapshot.remoteStream === null && state === 'reconnecting')
      this.core.update({ remoteStream: kept });
  }

  private enterReconnecting(cause: 'ice' | 'media'): void {
    const { state } = this.core.snapshot;
    if (state !== 'connected' && state !== 'connecting') return;
    this.brokenBy = cause;
    // Media silence is noticed by a reading, so the next one is all after it; an ICE event can come mid-window.
    this.readingsToIgnore = cause === 'ice' ? 1 : 0;
    this.core.transition('reconnecting');
    this.core.update({ remoteStream: null });
    this.reconnectDeadline ??= setTimeout(() => {
      this.reconnectDeadline = null;
      if (this.core.snapshot.state === 'reconnecting') this.core.finish('failed', 'connection_lost', null);
    }, this.timings.reconnectTimeoutMilliseconds);
  }

  private clearTimers(): void {
    for (const timer of [this.disconnectedTimer, this.iceRestartTimer, this.reconnectDeadline])
      if (timer) clearTimeout(timer);
    this.disconnectedTimer = null;
    this.iceRestartTimer = null;
    this.reconnectDeadline = null;
  }
}
