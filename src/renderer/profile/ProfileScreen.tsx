import { useState, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { ProfileForm } from '../outreach/ProfileForm.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Field } from '../ui/Field.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import './profile.css';

async function load() {
  const [profile, answering] = await Promise.all([api.profile.get({}), api.profile.answering({})]);
  return { profile, answering };
}

/** `#/settings/profile`: who you are to candidates, and how you answer them (deadline, rejection reasons). */
export function ProfileScreen() {
  const query = useQuery('profile-settings', load);
  const announce = useAnnounce();
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error')
    return (
      <ErrorAlert title="Your profile could not be loaded." error={query.error} onRetry={query.reload} />
    );
  return (
    <div className="page page-narrow">
      <a className="back-link" href="#/settings">
        <Icon name="arrowLeft" />
        Settings
      </a>
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          Profile
        </h1>
      </header>
      <section className="card profile-card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="section-title">
          How candidates see you
        </h2>
        <ProfileForm
          label="Your profile"
          profile={query.data.profile}
          submitLabel="Save profile"
          onSaved={() => announce('Your profile was saved.')}
        />
      </section>
      <AnsweringForm initial={query.data.answering} />
    </div>
  );
}

function AnsweringForm({ initial }: { initial: { slaWorkingDays: number; rejectionReasons: string[] } }) {
  const announce = useAnnounce();
  const [sla, setSla] = useState(String(initial.slaWorkingDays));
  const [reasons, setReasons] = useState(initial.rejectionReasons.join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const days = Number(sla);
    if (!/^\d+$/.test(sla.trim()) || days > 30) {
      setErrors({ slaWorkingDays: 'A whole number of working days, 0 to 30' });
      return;
    }
    try {
      const saved = await api.profile.updateAnswering({
        slaWorkingDays: days,
        rejectionReasons: reasons
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      });
      setReasons(saved.rejectionReasons.join('\n'));
      setErrors({});
      announce('Saved.');
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid_input') {
        const fields = error.fieldErrors();
        const reason = Object.entries(fields).find(([path]) => path.startsWith('rejectionReasons'));
        setErrors({ ...fields, ...(reason ? { rejectionReasons: reason[1] } : {}) });
      } else setFailure(error);
    }
  }

  return (
    <form
      className="card profile-card"
      aria-labelledby="answering-title"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2 id="answering-title" className="section-title">
        Answering candidates
      </h2>
      <Field
        label="Answer within (working days)"
        hint="After an interview or a stage change, a candidate is late for an answer after this many working days (Monday to Friday)."
        error={errors.slaWorkingDays}
      >
        {(control) => (
          <input
            {...control}
            className="input input-number"
            inputMode="numeric"
            value={sla}
            onChange={(event) => setSla(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Rejection reasons"
        hint="One per line. Offered when you reject someone; the ones you pick go into the feedback, so word them for the candidate."
        error={errors.rejectionReasons}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={6}
            value={reasons}
            onChange={(event) => setReasons(event.target.value)}
          />
        )}
      </Field>
      {failure !== null && <ErrorAlert title="Not saved." error={failure} />}
      <div>
        <button type="submit" className="button button-primary">
          Save answering
        </button>
      </div>
    </form>
  );
}
