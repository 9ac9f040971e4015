import { useEffect } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import { exposeCallForTests } from '../callViews/exposeCallForTests.ts';
import { useCallSnapshot } from '../callViews/useCallSnapshot.ts';
import type { Route } from '../lib/Route.ts';
import { KnockBanner } from './KnockBanner.tsx';
import { MiniCall } from './MiniCall.tsx';
import { useCallSession } from './useCallSession.ts';
import { useKnockAlerts } from './useKnockAlerts.ts';
import '../callViews/call.css';
import './callDock.css';

/**
 * What of the call goes with the recruiter across the app, mounted once by the shell: knocks (banner, sound,
 * notification) on every screen, and the mini call on every screen but the call's own interview.
 */
export function CallDock({ route }: { route: Route }) {
  const session = useCallSession();
  if (session.phase !== 'active') return null;
  const onCallScreen = route.name === 'interview' && route.id === session.interviewId;
  return (
    <ActiveCallDock
      key={session.interviewId}
      machine={session.machine}
      interviewId={session.interviewId}
      candidate={session.room.candidateName}
      onCallScreen={onCallScreen}
    />
  );
}

function ActiveCallDock({
  machine,
  interviewId,
  candidate,
  onCallScreen,
}: {
  machine: CallMachine;
  interviewId: string;
  candidate: string;
  onCallScreen: boolean;
}) {
  const snapshot = useCallSnapshot(machine);
  // The test hooks live as long as the call, whichever screen shows it.
  useEffect(() => exposeCallForTests(machine), [machine]);
  useKnockAlerts(snapshot.waitingGuests);
  if (onCallScreen) return null;
  return (
    <>
      {snapshot.waitingGuests.length > 0 && (
        <KnockBanner machine={machine} guests={snapshot.waitingGuests} interviewId={interviewId} />
      )}
      <MiniCall machine={machine} snapshot={snapshot} interviewId={interviewId} candidate={candidate} />
    </>
  );
}
