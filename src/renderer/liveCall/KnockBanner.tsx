import { AdmitButton } from './AdmitButton.tsx';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { WaitingGuest } from '../callEngine/CallSnapshot.ts';
import { routeHref } from '../lib/routeHref.ts';

type Props = { machine: CallMachine; guests: readonly WaitingGuest[]; interviewId: string };

/**
 * Whoever knocks, on any screen but the call's own: "Admit <name>" and "Deny" right there, so letting the
 * candidate in never needs a trip back to the interview first.
 */
export function KnockBanner({ machine, guests, interviewId }: Props) {
  return (
    <section className="knock-banner" aria-label="Waiting to join">
      {guests.map((guest) => (
        <div key={guest.peerId} className="knock-banner-row">
          <p role="alert" className="knock-banner-text">
            <strong>{guest.name}</strong> is waiting to join your call.
          </p>
          <span className="knock-banner-actions">
            <AdmitButton machine={machine} guest={guest} />
            <button
              type="button"
              className="button"
              aria-label={`Deny ${guest.name}`}
              onClick={() => machine.deny(guest.peerId)}
            >
              Deny
            </button>
            <a className="button button-quiet" href={routeHref({ name: 'interview', id: interviewId })}>
              Open the interview
            </a>
          </span>
        </div>
      ))}
    </section>
  );
}
