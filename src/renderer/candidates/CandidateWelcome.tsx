import { routeHref } from '../lib/routeHref.ts';
import { Icon } from '../ui/Icon.tsx';
import './candidates.css';

/** The first thing a new user sees: what Rapport is for and the one action that starts it. */
export function CandidateWelcome({ onAdd }: { onAdd: () => void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-mark" aria-hidden="true">
        <Icon name="people" />
      </div>
      <h1 id="welcome-title" className="welcome-title" tabIndex={-1}>
        Welcome to Rapport
      </h1>
      <p className="welcome-text">
        Keep every candidate, remote interview and note in one place on your own computer — private, and ready
        even when you are offline.
      </p>
      <button type="button" className="button button-primary button-large" onClick={onAdd}>
        <Icon name="plus" />
        Add candidate
      </button>
      <a className="welcome-import" href={routeHref({ name: 'importCandidates' })}>
        Or import candidates from a CSV file
      </a>
    </section>
  );
}
