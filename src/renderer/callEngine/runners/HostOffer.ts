import type { SignalEnvelope } from '../messages/SignalEnvelope.ts';

/**
 * Host: the offer made in the lobby, before anyone was admitted, so that admitting does not wait for it. It is
 * addressed to one waiting guest (the server holds signals for a guest until they are admitted, and drops them if
 * they are not); until a guest waits, its signals are held here.
 */
export class HostOffer {
  private prepared = false;
  private preparedFor: string | null = null;
  private held: SignalEnvelope[] = [];

  get active(): boolean {
    return this.prepared;
  }

  isFor(peerId: string): boolean {
    return this.prepared && this.preparedFor === peerId;
  }

  awaitingGuest(): boolean {
    return this.prepared && this.preparedFor === null;
  }

  /** Starts a prepared offer for `guest` (or nobody yet) and returns whom it is addressed to. */
  prepare(guest: string | null): string | null {
    this.prepared = true;
    this.held = [];
    this.preparedFor = guest;
    return guest;
  }

  /** The first guest arrived: the signals held so far, to send to them now. */
  bindTo(peerId: string): SignalEnvelope[] {
    this.preparedFor = peerId;
    const held = this.held;
    this.held = [];
    return held;
  }

  hold(envelope: SignalEnvelope): void {
    if (this.prepared) this.held.push(envelope);
  }

  clear(): void {
    this.prepared = false;
    this.preparedFor = null;
    this.held = [];
  }
}
