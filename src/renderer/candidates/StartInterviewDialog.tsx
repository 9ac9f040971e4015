import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useModalDialog } from '../ui/useModalDialog.ts';
import type { Kit } from '../../shared/schemas/kit.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';

type Props = {
  candidateId: string;
  open: boolean;
  onClose: () => void;
  onStarted: (interviewId: string) => void;
};

const noKit = '';

/** "Start interview": a title and a kit; Start creates the interview (its notes from the kit) and opens it. */
export function StartInterviewDialog({ candidateId, open, onClose, onStarted }: Props) {
  const dialog = useModalDialog(open);
  const id = useId();

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={`${id}-heading`} className="dialog-title">
        Start interview
      </h2>
      {/* Mounted per opening, so each opening starts from a fresh form and kit list. */}
      {open && (
        <StartInterviewForm id={id} candidateId={candidateId} onClose={onClose} onStarted={onStarted} />
      )}
    </dialog>
  );
}

function StartInterviewForm({ id, candidateId, onClose, onStarted }: Omit<Props, 'open'> & { id: string }) {
  const titleInput = useRef<HTMLInputElement>(null);
  const [kits, setKits] = useState<Kit[] | null>(null);
  const [kitId, setKitId] = useState(noKit);
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    api.kits.list({}).then(
      ({ items }) => {
        if (!current) return;
        setKits(items);
        const first = items[0];
        setKitId((selected) => (selected === noKit && first ? first.id : selected));
        setTitle((value) => (value === '' && first ? first.name : value));
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, []);

  function chooseKit(value: string) {
    setKitId(value);
    // Until the recruiter types a title of their own, the title follows the kit.
    if (!titleTouched) setTitle(kits?.find((kit) => kit.id === value)?.name ?? 'Interview');
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError('Give the interview a title');
      titleInput.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const interview = await api.interviews.create({
        candidateId,
        title,
        kitId: kitId === noKit ? null : kitId,
      });
      await api.interviews.start({ id: interview.id });
      onStarted(interview.id);
    } catch (failure) {
      if (failure instanceof ApiCallError && failure.fieldErrors().title)
        setTitleError(failure.fieldErrors().title!);
      else setError(failure);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={start} noValidate>
      <div className="dialog-body">
        <div className="field" data-invalid={titleError ? 'true' : undefined}>
          <label htmlFor={`${id}-title`} className="field-label">
            Title
          </label>
          <input
            ref={titleInput}
            id={`${id}-title`}
            className="input"
            value={title}
            maxLength={200}
            autoFocus
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleTouched(true);
              setTitleError(null);
            }}
          />
          {titleError && (
            <p id={`${id}-title-error`} className="field-error">
              {titleError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kit`} className="field-label">
            Kit
          </label>
          <p id={`${id}-kit-hint`} className="field-hint">
            Its questions become blocks in your notes; its attributes make up the scorecard.
          </p>
          <div className="select-wrap">
            <select
              id={`${id}-kit`}
              className="input select"
              value={kitId}
              aria-describedby={`${id}-kit-hint`}
              disabled={kits === null}
              onChange={(event) => chooseKit(event.target.value)}
            >
              {(kits ?? []).map((kit) => (
                <option key={kit.id} value={kit.id}>
                  {kit.name}
                </option>
              ))}
              <option value={noKit}>No kit (blank notes)</option>
            </select>
          </div>
        </div>
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || kits === null}>
          Start
        </button>
      </div>
    </form>
  );
}
