import { ExternalStore } from '../../shared/store/ExternalStore.ts';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { callMessage, type CallMessage } from '../../shared/schemas/callMessage.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { CallRoom } from './CallRoom.ts';
import { CallRecording, type RecordingDependencies } from './CallRecording.ts';

/** What the call session needs from the outside world; the app passes the real API, tests pass fakes. */
export type CallSessionDependencies = {
  createRoom(interviewId: string): Promise<CallRoom>;
  /** The call first connected: the interview starts (if planned) and the call's own clock with it. */
  callConnected(interviewId: string): Promise<Interview>;
  /** The call ended: its connected time is kept and the interview ends. */
  callEnded(interviewId: string): Promise<Interview>;
  saveChat(interviewId: string, messages: CallMessage[]): Promise<unknown>;
  createMachine(localName: string): CallMachine;
  /** The notes' call clock: started when the call connects, cleared when it ends. */
  setCallStartedAt(milliseconds: number | null): void;
  /** Recording with the candidate's consent; without it the recruiter cannot record. */
  recordings?: RecordingDependencies;
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
      /** The interview as saved after the call ended (status done, the call's connected time), once it is. */
      readonly recorded: Interview | null;
      readonly recordError: unknown;
      /** This call's recorder, when recording is possible at all. */
      readonly recording: CallRecording | null;
    };

const chatSaveDelayMilliseconds = 1500;
/** Lines per calls.saveChat request: well under the contract's 5,000, so no chat can outgrow one request. */
const chatBatchSize = 500;

/** The chat as the contract stores it; a line the contract would refuse is left out rather than sink the batch. */
function toCallMessages(snapshot: CallSnapshot): CallMessage[] {
  return snapshot.chat.flatMap((line) => {
    const message = callMessage.safeParse({
      id: line.id,
      author: line.from === 'local' ? 'recruiter' : 'candidate',
      authorName: line.name.trim().slice(0, 100),
      text: line.text,
      sentAt: line.sentAt,
    });
    return message.success ? [message.data] : [];
  });
}

/**
 * The recruiter's one call at a time, outside React so it survives moving between screens. It opens the room,
 * runs the call machine, and writes the call into the interview: connected when both sides first connect (a
 * reconnection is the same call), ended when the call ends, so its duration is the connected time and not the
 * interview's, and the chat kept with it (saved as it goes, and once more at the end).
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
    const recordings = this.dependencies.recordings;
    const recording = recordings ? new CallRecording(machine, interviewId, recordings) : null;
    this.set({ phase: 'active', interviewId, room, machine, recorded: null, recordError: null, recording });
    const detachRecording = recording?.attach();
    const detachCall = this.record(interviewId, machine);
    this.detach = () => {
      detachCall();
      detachRecording?.();
    };
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
    const savedIds = new Set<string>();
    let chatTimer: ReturnType<typeof setTimeout> | null = null;

    // Only lines not saved yet, in bounded batches; saving is idempotent by id, so a retry repeats nothing.
    let saving: Promise<void> = Promise.resolve();
    const saveUnsaved = async () => {
      const unsaved = toCallMessages(machine.getSnapshot()).filter((message) => !savedIds.has(message.id));
      for (let start = 0; start < unsaved.length; start += chatBatchSize) {
        const batch = unsaved.slice(start, start + chatBatchSize);
        await dependencies.saveChat(interviewId, batch);
        for (const message of batch) savedIds.add(message.id);
      }
    };
    // One save at a time, so two never send the same lines.
    const saveChat = () => {
      if (chatTimer) clearTimeout(chatTimer);
      chatTimer = null;
      const next = saving.catch(() => {}).then(saveUnsaved);
      saving = next;
      return next;
    };

    // Ending the interview never waits on the chat: a chat that cannot be saved is reported, the end is still kept.
    const finish = async () => {
      dependencies.setCallStartedAt(null);
      let chatError: unknown = null;
      try {
        await saveChat();
      } catch (error) {
        chatError = error;
      }
      try {
        const recorded = started ? await dependencies.callEnded(interviewId) : null;
        this.patchActive(machine, chatError === null ? { recorded } : { recorded, recordError: chatError });
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
          .callConnected(interviewId)
          .catch((error: unknown) => this.patchActive(machine, { recordError: error }));
      }
      if (snapshot.chat.some((line) => !savedIds.has(line.id)) && !chatTimer && !finished) {
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
