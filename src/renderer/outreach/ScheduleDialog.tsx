import './outreach.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Kit } from '../../shared/schemas/kit.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { addWorkingDays } from '../lib/addWorkingDays.ts';
import { formatTimeIn } from '../lib/formatTimeIn.ts';
import { localToday } from '../lib/localToday.ts';
import { recruiterTimeZone } from '../lib/recruiterTimeZone.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Field } from '../ui/Field.tsx';
import { TextField } from '../ui/TextField.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';
import { InvitationPanel } from './InvitationPanel.tsx';

type Scheduled = MethodOutput<'schedule.create'>;

type Props = {
  open: boolean;
  candidate: { id: string; name: string; timeZone: string | null };
  /** Given to move an interview that has a time already. */
  interview?: Pick<Interview, 'id' | 'title' | 'scheduledAt' | 'durationMinutes'> | null;
  onClose: () => void;
  /** After the time was saved (the dialog then shows the invitation). */
  onScheduled: (interview: Interview) => void;
};

const lengths = [15, 30, 45, 60, 90, 120];
const noKit = '';

function partsOf(iso: string): { date: string; time: string } {
  const date = new Date(iso);
  return {
    date: localToday(date),
    time: `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`,
  };
}

/** "Schedule interview": date, time and length in the recruiter's zone, then the invitation to send. */
export function ScheduleDialog(props: Props) {
  const dialog = useModalDialog(props.open);
  const id = useId();
  const [done, setDone] = useState<Scheduled | null>(null);
  const moving = Boolean(props.interview?.scheduledAt);
  const close = () => {
    setDone(null);
    props.onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="dialog dialog-wide"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        if (props.open) close();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {done
          ? `${moving ? 'Moved' : 'Scheduled'}: ${done.interview.title}`
          : `${moving ? 'Move' : 'Schedule'} an interview with ${props.candidate.name}`}
      </h2>
      {props.open && !done && (
        <ScheduleForm
          {...props}
          onClose={close}
          onScheduled={(result) => {
            setDone(result);
            props.onScheduled(result.interview);
          }}
        />
      )}
      {props.open && done && (
        <>
          <div className="dialog-body">
            <p className="schedule-summary">
              {formatTimeIn(done.interview.scheduledAt!, null, true)} · {done.interview.durationMinutes}{' '}
              minutes
            </p>
            <InvitationPanel invitation={done.invitation} candidateName={props.candidate.name} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Done
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

function ScheduleForm({
  candidate,
  interview,
  onClose,
  onScheduled,
}: Omit<Props, 'open' | 'onScheduled'> & { onScheduled: (result: Scheduled) => void }) {
  const moving = Boolean(interview?.scheduledAt);
  const start = interview?.scheduledAt ? partsOf(interview.scheduledAt) : null;
  const [kits, setKits] = useState<Kit[] | null>(moving ? [] : null);
  const [kitId, setKitId] = useState(noKit);
  const [title, setTitle] = useState(interview?.title ?? '');
  const [titleTouched, setTitleTouched] = useState(moving);
  const [date, setDate] = useState(start?.date ?? addWorkingDays(localToday(), 1));
  const [time, setTime] = useState(start?.time ?? '10:00');
  const [length, setLength] = useState(interview?.durationMinutes ?? 45);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zone = recruiterTimeZone();
  const startsAt =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? new Date(`${date}T${time}`) : null;
  const valid = startsAt !== null && !Number.isNaN(startsAt.getTime());

  useEffect(() => {
    if (moving) return;
    let current = true;
    api.kits.list({}).then(
      ({ items }) => {
        if (!current) return;
        setKits(items);
        const first = items[0];
        if (first) {
          setKitId((selected) => (selected === noKit ? first.id : selected));
          setTitle((value) => (value === '' ? first.name : value));
        }
      },
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [moving]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) {
      setErrors({ startsAt: 'Pick a date and a time' });
      return;
    }
    if (title.trim() === '') {
      setErrors({ title: 'Give the interview a title' });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const time = { startsAt: startsAt.toISOString(), durationMinutes: length, timeZone: zone };
      const result = moving
        ? await api.schedule.move({ interviewId: interview!.id, ...time })
        : await api.schedule.create({
            candidateId: candidate.id,
            title,
            kitId: kitId === noKit ? null : kitId,
            ...time,
          });
      onScheduled(result);
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'invalid_input') setErrors(error.fieldErrors());
      else setFailure(error);
      setBusy(false);
    }
  }

  const theirs =
    valid && candidate.timeZone && candidate.timeZone !== zone
      ? `That is ${formatTimeIn(startsAt.toISOString(), candidate.timeZone)} for ${candidate.name} (${candidate.timeZone}).`
      : candidate.timeZone
        ? `${candidate.name} is in ${candidate.timeZone}.`
        : `${candidate.name}’s time zone is not known; add it to their profile to see the time in theirs.`;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="dialog-body">
        {!moving && (
          <>
            <TextField
              label="Title"
              error={errors.title}
              value={title}
              maxLength={200}
              onValueChange={(value) => {
                setTitle(value);
                setTitleTouched(true);
              }}
            />
            <Field
              label="Kit"
              hint="Its sections are the invitation’s agenda; its questions become your notes."
            >
              {(control) => (
                <div className="select-wrap">
                  <select
                    {...control}
                    className="input select"
                    value={kitId}
                    disabled={kits === null}
                    onChange={(event) => {
                      setKitId(event.target.value);
                      if (!titleTouched)
                        setTitle(kits?.find((kit) => kit.id === event.target.value)?.name ?? 'Interview');
                    }}
                  >
                    {(kits ?? []).map((kit) => (
                      <option key={kit.id} value={kit.id}>
                        {kit.name}
                      </option>
                    ))}
                    <option value={noKit}>No kit (blank notes)</option>
                  </select>
                </div>
              )}
            </Field>
          </>
        )}
        <div className="field-row">
          <TextField
            label="Date"
            error={errors.startsAt}
            className="input-date"
            type="date"
            value={date}
            min={localToday()}
            autoFocus={moving}
            onValueChange={setDate}
          />
          <TextField
            label="Time"
            className="input-time"
            type="time"
            value={time}
            step={300}
            onValueChange={setTime}
          />
          <Field label="Length" error={errors.durationMinutes}>
            {(control) => (
              <div className="select-wrap">
                <select
                  {...control}
                  className="input select"
                  value={length}
                  onChange={(event) => setLength(Number(event.target.value))}
                >
                  {lengths.map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {minutes} minutes
                    </option>
                  ))}
                </select>
              </div>
            )}
          </Field>
        </div>
        <p className="field-hint schedule-zones" aria-live="polite">
          Times are in your time zone, {zone}. {theirs}
        </p>
      </div>
      {failure !== null && <ErrorAlert title="The interview was not scheduled." error={failure} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy || kits === null}>
          {moving ? 'Move interview' : 'Schedule interview'}
        </button>
      </div>
    </form>
  );
}
