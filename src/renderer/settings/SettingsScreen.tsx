import { useState, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import type { AppSettings } from '../../shared/schemas/appSettings.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Field } from '../ui/Field.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { EncryptionNotice } from './EncryptionNotice.tsx';
import { RecordingRetention } from './RecordingRetention.tsx';
import './settings.css';

type Draft = {
  recruiterName: string;
  introMessage: string;
  signalingUrl: string;
  signalingKey: string;
  relayOnly: boolean;
};

function draftFrom(settings: AppSettings): Draft {
  return {
    recruiterName: settings.recruiterName,
    introMessage: settings.introMessage,
    signalingUrl: settings.signalingUrl ?? '',
    signalingKey: '',
    relayOnly: settings.relayOnly,
  };
}

/** `#/settings`: how the recruiter introduces themselves, and which signalling server calls use. */
export function SettingsScreen() {
  const query = useQuery('settings', () => api.settings.get({}));
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error')
    return <ErrorAlert title="Settings could not be loaded." error={query.error} onRetry={query.reload} />;
  return <SettingsForm settings={query.data} />;
}

function SettingsForm({ settings: initial }: { settings: AppSettings }) {
  const [settings, setSettings] = useState(initial);
  const [draft, setDraft] = useState(() => draftFrom(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const announce = useAnnounce();

  const change = <Key extends keyof Draft>(key: Key, value: Draft[Key]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const save = async (event: FormEvent, forgetKey = false) => {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      const saved = await api.settings.update({
        recruiterName: draft.recruiterName,
        introMessage: draft.introMessage,
        signalingUrl: draft.signalingUrl.trim() === '' ? null : draft.signalingUrl,
        relayOnly: draft.relayOnly,
        ...(forgetKey
          ? { signalingKey: null }
          : draft.signalingKey.trim()
            ? { signalingKey: draft.signalingKey }
            : {}),
      });
      setErrors({});
      setSettings(saved);
      setDraft(draftFrom(saved));
      announce(forgetKey ? 'The server key was forgotten.' : 'Settings saved.');
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid_input') setErrors(error.fieldErrors());
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          Settings
        </h1>
        <div className="page-actions">
          <a className="button" href={routeHref({ name: 'backupSettings' })}>
            Backups
          </a>
          <a className="button" href={routeHref({ name: 'profileSettings' })}>
            Profile
          </a>
          <a className="button" href="#/settings/stages">
            Pipeline stages
          </a>
        </div>
      </header>
      <EncryptionNotice full={false} />
      <form
        className="card settings-form"
        aria-label="Settings"
        onSubmit={(event) => void save(event)}
        noValidate
      >
        <fieldset className="fieldset">
          <legend>How candidates see you</legend>
          <Field
            label="Your name"
            hint="Shown on the candidate’s join page and in invitation emails."
            error={errors.recruiterName}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                value={draft.recruiterName}
                maxLength={100}
                autoComplete="name"
                onChange={(event) => change('recruiterName', event.target.value)}
              />
            )}
          </Field>
          <Field
            label="Introduction"
            hint="A short note candidates read before they join a call."
            error={errors.introMessage}
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                value={draft.introMessage}
                maxLength={2000}
                onChange={(event) => change('introMessage', event.target.value)}
              />
            )}
          </Field>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Calls</legend>
          <Field
            label="Signalling server address"
            hint={
              settings.localServerAvailable
                ? 'Leave empty to use the server Rapport runs on this computer (candidates must reach this computer). For candidates elsewhere, run “npm run signal” on a server and enter its https address.'
                : 'The https address of your Rapport signalling server (run “npm run signal” on a server).'
            }
            error={errors.signalingUrl}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://signal.example.com"
                value={draft.signalingUrl}
                onChange={(event) => change('signalingUrl', event.target.value)}
              />
            )}
          </Field>
          <Field
            label="Server key"
            hint={
              settings.hasSignalingKey
                ? 'A key is saved. Type a new one to replace it.'
                : 'The key the server printed when it started (--key). It stays on this computer.'
            }
            error={errors.signalingKey}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="password"
                autoComplete="off"
                placeholder={settings.hasSignalingKey ? '••••••••' : ''}
                value={draft.signalingKey}
                onChange={(event) => change('signalingKey', event.target.value)}
              />
            )}
          </Field>
          {settings.hasSignalingKey && (
            <button
              type="button"
              className="button button-quiet"
              disabled={saving}
              onClick={(event) => void save(event, true)}
            >
              Forget the saved key
            </button>
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.relayOnly}
              onChange={(event) => change('relayOnly', event.target.checked)}
            />
            Relay all call media through the TURN server (hides your IP address from candidates)
          </label>
        </fieldset>

        {failure !== null && <ErrorAlert title="Settings were not saved." error={failure} />}
        <div className="settings-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
      <RecordingRetention />
    </div>
  );
}
