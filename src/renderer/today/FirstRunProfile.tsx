import { useState } from 'react';
import type { RecruiterProfile } from '../../shared/schemas/recruiterProfile.ts';
import { api } from '../api/api.ts';
import { ProfileForm } from '../outreach/ProfileForm.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** The first run's question: who are you? Candidates see the answer; it can wait, and lives in Settings → Profile. */
export function FirstRunProfile({ profile, onDone }: { profile: RecruiterProfile; onDone: () => void }) {
  const announce = useAnnounce();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section className="card today-card today-welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="section-title">
        First, who are you?
      </h2>
      <p className="muted">
        Candidates see this in your invitations and on the page where they join the call: introduce yourself
        before you pitch.
      </p>
      {failure !== null && <ErrorAlert error={failure} />}
      <ProfileForm
        label="Your profile"
        profile={profile}
        submitLabel="Save profile"
        onSaved={() => {
          announce('Your profile was saved.');
          onDone();
        }}
        actions={
          <button
            type="button"
            className="button button-quiet"
            onClick={() =>
              void api.profile.skip({}).then(() => {
                announce('Skipped for now. Your profile is in Settings → Profile.');
                onDone();
              }, setFailure)
            }
          >
            Skip for now
          </button>
        }
      />
    </section>
  );
}
