import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { TextField } from '../ui/TextField.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** Settings → "Delete recordings after N days" (30 unless changed); a shorter time deletes older ones at once. */
export function RecordingRetention() {
  const [days, setDays] = useState<string>('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const announce = useAnnounce();

  useEffect(() => {
    let current = true;
    api.recordings.retention({}).then(
      (value) => current && setDays(String(value.days)),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, []);

  const valid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 3650;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await api.recordings.setRetention({ days: Number(days) });
      setDays(String(saved.days));
      announce(
        saved.deleted > 0
          ? `Recordings are kept ${saved.days} days. ${saved.deleted} older recording${saved.deleted === 1 ? ' was' : 's were'} deleted.`
          : `Recordings are kept ${saved.days} days.`,
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="card settings-form"
      aria-label="Recordings"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <fieldset className="fieldset">
        <legend>Recordings</legend>
        <TextField
          label="Delete recordings after N days"
          hint="Recordings stay on this computer only. Older ones are deleted when Rapport starts and once a day."
          error={days !== '' && !valid ? 'Enter a number of days from 1 to 3650' : undefined}
          inputMode="numeric"
          value={days}
          onValueChange={(value) => setDays(value.trim())}
        />
      </fieldset>
      {failure !== null && <ErrorAlert title="The recording setting was not saved." error={failure} />}
      <div className="settings-actions">
        <button type="submit" className="button" disabled={saving || !valid}>
          {saving ? 'Saving…' : 'Save recording setting'}
        </button>
      </div>
    </form>
  );
}
