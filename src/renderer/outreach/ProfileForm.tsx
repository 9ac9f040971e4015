import './outreach.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { RecruiterProfile } from '../../shared/schemas/recruiterProfile.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Field } from '../ui/Field.tsx';
import { TextField } from '../ui/TextField.tsx';
import { resizePhoto } from './resizePhoto.ts';

type Props = {
  profile: RecruiterProfile;
  submitLabel: string;
  onSaved: (profile: RecruiterProfile) => void;
  /** More buttons beside Save (the first run's "Skip for now"). */
  actions?: ReactNode;
  /** Names the form for assistive tech. */
  label: string;
};

/** Who the recruiter is, as candidates will see it: name, company, a short intro, an email and a photo. */
export function ProfileForm({ profile, submitLabel, onSaved, actions, label }: Props) {
  const [draft, setDraft] = useState({
    name: profile.name,
    company: profile.company,
    intro: profile.intro,
    email: profile.email,
  });
  const [photo, setPhoto] = useState(profile.photo);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = (key: keyof typeof draft, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function choosePhoto(file: File | undefined) {
    setPhotoProblem(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) {
      setPhotoProblem('Choose a picture file (JPEG, PNG, WebP…).');
      return;
    }
    try {
      setPhoto(await resizePhoto(file));
    } catch (error) {
      setPhotoProblem(error instanceof Error ? error.message : 'This picture could not be read.');
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await api.profile.update({ ...draft, photo });
      setErrors({});
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid_input') setErrors(error.fieldErrors());
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="profile-form" aria-label={label} onSubmit={(event) => void save(event)} noValidate>
      <div className="profile-grid">
        <TextField
          label="Your name"
          error={errors.name}
          value={draft.name}
          maxLength={100}
          autoComplete="name"
          onValueChange={(value) => change('name', value)}
        />
        <TextField
          label="Company"
          error={errors.company}
          value={draft.company}
          maxLength={100}
          autoComplete="organization"
          onValueChange={(value) => change('company', value)}
        />
      </div>
      <Field
        label="A short intro"
        hint="Two or three lines candidates read before they join: who you are and what the conversation is for."
        error={errors.intro}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            value={draft.intro}
            maxLength={2000}
            onChange={(event) => change('intro', event.target.value)}
          />
        )}
      </Field>
      <TextField
        label="Email"
        hint="Optional: calendar invitations name you as the organizer."
        error={errors.email}
        type="email"
        value={draft.email}
        maxLength={254}
        autoComplete="email"
        onValueChange={(value) => change('email', value)}
      />
      <div className="field">
        <span className="field-label">Photo</span>
        <div className="profile-photo-row">
          {photo ? (
            <img className="profile-photo" src={photo} alt="Your photo" width={64} height={64} />
          ) : (
            <span className="profile-photo profile-photo-empty" aria-hidden="true" />
          )}
          <label className="button">
            {photo ? 'Change photo' : 'Choose a photo'}
            <input
              type="file"
              accept="image/*"
              className="visually-hidden"
              onChange={(event) => void choosePhoto(event.target.files?.[0])}
            />
          </label>
          {photo && (
            <button type="button" className="button button-quiet" onClick={() => setPhoto(null)}>
              Remove photo
            </button>
          )}
        </div>
        <p className="field-hint">Optional. Resized on this computer and kept in your database.</p>
        {(photoProblem || errors.photo) && (
          <p className="field-error" role="alert">
            {photoProblem ?? errors.photo}
          </p>
        )}
      </div>
      {failure !== null && <ErrorAlert title="Your profile was not saved." error={failure} />}
      <div className="profile-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
