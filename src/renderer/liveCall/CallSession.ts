import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import type { CallMessage } from '../../shared/schemas/callMessage.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { CallRoom } from './CallRoom.ts';

/** What the call session needs from the outside world; the app passes the real API, tests pass fakes. */
export type CallSessionDependencies = {
  createRoom(interviewId: string): Promise<CallRoom>;
  startInterview(interviewId: string): Promise<Interview>;
  endInterview(interviewId: string): Promise<Interview>;
  saveChat(interviewId: string, messages: CallMessage[]): Promise<unknown>;
  createMachine(localName: string): CallMachine;
  /** The notes' call clock: started when the call connects, cleared when it ends. */
  setCallStartedAt(milliseconds: number | null): void;
};

export type CallSessionState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'creating'; readonly interviewId: string }
  | { readonly phase: 'unavailable'; readonly interviewId: string; readonly error: unknown }
  | {
      readonly phase: 'active';
      readonly interviewId: string;
      readonly room: CallRoom;
      readonly machine: CallMachine;
      /** The interview as saved after the call ended (status done, duration), once it is. */
      readonly recorded: Interview | null;
      readonly recordError: unknown;
    };

const chatSaveDelayMilliseconds = 1500;

function toCallMessages(snapshot: CallSnapshot): CallMessage[] {
  return snapshot.chat.map((line) => ({
    id: line.id,
    author: line.from === 'local' ? 'recruiter' : 'candidate',
    authorName: line.name.slice(0, 100),
    text: line.text,
    sentAt: line.sentAt,
  }));
}

/**
 * The recruiter's one call at a time, outside React so it survives moving between screens. It opens the room,
 * runs the call machine, and writes the call into the interview: started when both sides connect, ended with
 * its duration when the call ends, and the chat kept with it (saved as it goes, and once more at the end).
 */
export class CallSession {
  private readonly store = new ExternalStore<CallSessionState>({ phase: 'idle' });
  private readonly dependencies: CallSessionDependencies;
  private detach: (() => void) | null = null;

  constructor(dependencies: CallSessionDependencies) {
    this.dependencies = dependencies;
  }

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  getSnapshot = (): CallSessionState => this.store.getSnapshot();

  private get state(): CallSessionState {
    return this.store.getSnapshot();
  }

  /** Opens a room for the interview and the lobby (camera preview). Refused while another call is going on. */
  async start(interviewId: string): Promise<void> {
    if (this.isBusy()) return;
    this.dispose();
    this.set({ phase: 'creating', interviewId });
    let room: CallRoom;
    try {
      room = await this.dependencies.createRoom(interviewId);
    } catch (error) {
      this.set({ phase: 'unavailable', interviewId, error });
      return;
    }
    const name = room.recruiterName || 'Your interviewer';
    const machine = this.dependencies.createMachine(name);
    this.set({ phase: 'active', interviewId, room, machine, recorded: null, recordError: null });
    this.detach = this.record(interviewId, machine);
    await machine.openLobby();
    machine.connect({
      webSocketUrl: room.webSocketUrl,
      roomId: room.roomId,
      token: room.hostToken,
      name,
      iceTransportPolicy: room.relayOnly ? 'relay' : 'all',
    });
  }

  /** After the call is over (or could not start): close the panel. */
  dismiss(): void {
    if (this.isBusy()) return;
    this.dispose();
    this.set({ phase: 'idle' });
  }

  /** A call is running (or being set up) that must not be replaced by another. */
  isBusy(): boolean {
    if (this.state.phase === 'creating') return true;
    if (this.state.phase !== 'active') return false;
    const { state } = this.state.machine.getSnapshot();
    return state !== 'ended' && state !== 'failed';
  }

  private dispose(): void {
    this.detach?.();
    this.detach = null;
    if (this.state.phase === 'active') this.state.machine.dispose();
  }

  private record(interviewId: string, machine: CallMachine): () => void {
    const dependencies = this.dependencies;
    let started = false;
    let finished = false;
    let savedChatLength = 0;
    let chatTimer: ReturnType<typeof setTimeout> | null = null;

    const saveChat = async () => {
      if (chatTimer) clearTimeout(chatTimer);
      chatTimer = null;
      const messages = toCallMessages(machine.getSnapshot());
      if (messages.length === savedChatLength) return;
      await dependencies.saveChat(interviewId, messages);
      savedChatLength = messages.length;
    };

    const finish = async () => {
      dependencies.setCallStartedAt(null);
      try {
        await saveChat();
        const recorded = started ? await dependencies.endInterview(interviewId) : null;
        this.patchActive(machine, { recorded });
      } catch (error) {
        this.patchActive(machine, { recordError: error });
      }
    };

    const unsubscribe = machine.subscribe(() => {
      const snapshot = machine.getSnapshot();
      if (snapshot.startedAt && !started) {
        started = true;
        dependencies.setCallStartedAt(Date.parse(snapshot.startedAt));
        dependencies
          .startInterview(interviewId)
          .catch((error: unknown) => this.patchActive(machine, { recordError: error }));
      }
      if (snapshot.chat.length !== savedChatLength && !chatTimer && !finished) {
        chatTimer = setTimeout(() => void saveChat().catch(() => {}), chatSaveDelayMilliseconds);
      }
      if ((snapshot.state === 'ended' || snapshot.state === 'failed') && !finished) {
        finished = true;
        void finish();
      }
    });
    return () => {
      unsubscribe();
      if (chatTimer) clearTimeout(chatTimer);
      if (started && !finished) dependencies.setCallStartedAt(null);
    };
  }

  private patchActive(
    machine: CallMachine,
    patch: { recorded?: Interview | null; recordError?: unknown },
  ): void {
    if (this.state.phase !== 'active' || this.state.machine !== machine) return;
    this.set({ ...this.state, ...patch });
  }

  private set(state: CallSessionState): void {
    this.store.set(state);
  }
}
