import './outreach.css';
import { useId, useState, type FormEvent } from 'react';
import type { FollowUp } from '../../shared/schemas/followUp.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { addWorkingDays } from '../lib/addWorkingDays.ts';
import { localToday } from '../lib/localToday.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { TextField } from '../ui/TextField.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';

type Props = {
  open: boolean;
  candidateId: string;
  candidateName: string;
  interviewId?: string | null;
  /** A passage of a note it is made from ("Follow up on this"). */
  quote?: string;
  origin: FollowUp['origin'];
  onClose: () => void;
  onCreated: (followUp: FollowUp) => void;
};

/** "Follow up": what, and by when (two working days from today unless changed). */
export function FollowUpDialog(props: Props) {
  const dialog = useModalDialog(props.open);
  const id = useId();
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        if (props.open) props.onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        Follow up with {props.candidateName}
      </h2>
      {props.open && <FollowUpForm {...props} />}
    </dialog>
  );
}

function FollowUpForm({ candidateId, interviewId = null, quote = '', origin, onClose, onCreated }: Props) {
  const [title, setTitle] = useState(() => (quote ? quote.replace(/\s+/g, ' ').slice(0, 120) : ''));
  const [dueOn, setDueOn] = useState(() => addWorkingDays(localToday(), 2));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const created = await api.followUps.create({ candidateId, interviewId, title, quote, dueOn, origin });
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid_input') setErrors(error.fieldErrors());
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <div className="dialog-body">
        {quote && (
          <blockquote className="follow-up-quote">
            <p>{quote}</p>
          </blockquote>
        )}
        <TextField
          label="What to follow up on"
          error={errors.title}
          value={title}
          maxLength={200}
          autoFocus
          onValueChange={setTitle}
        />
        <TextField
          label="Due"
          hint="In your own calendar. Overdue follow-ups show on Today."
          error={errors.dueOn}
          className="input-date"
          type="date"
          required
          value={dueOn}
          onValueChange={setDueOn}
        />
      </div>
      {failure !== null && <ErrorAlert title="The follow-up was not added." error={failure} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add follow-up
        </button>
      </div>
    </form>
  );
}
