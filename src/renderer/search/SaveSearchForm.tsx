import { useId, useState, type FormEvent } from 'react';
import { limits } from '../../shared/schemas/limits.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { describeError } from '../ui/describeError.ts';
import { TextField } from '../ui/TextField.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** "Save this search": a button that opens a small form asking for a name, prefilled with the query. */
export function SaveSearchForm({ query, onSaved }: { query: string; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const announce = useAnnounce();
  const formId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.savedSearches.create({ name, query });
      setOpen(false);
      announce(`Saved the search “${saved.name}”.`);
      onSaved();
    } catch (error) {
      const byField = error instanceof ApiCallError ? error.fieldErrors() : {};
      setErrors(Object.keys(byField).length > 0 ? byField : { name: describeError(error) });
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button-small save-search-open"
        onClick={() => {
          setName(query.trim().slice(0, limits.savedSearchName));
          setErrors({});
          setOpen(true);
        }}
      >
        Save this search
      </button>
    );
  }
  return (
    <form id={formId} className="save-search-form" aria-label="Save this search" onSubmit={save}>
      <TextField
        label="Name"
        error={errors.name ?? errors.query}
        value={name}
        maxLength={limits.savedSearchName}
        autoFocus
        onValueChange={setName}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      <div className="save-search-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
