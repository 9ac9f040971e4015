import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CandidateFields } from '../../shared/schemas/candidateFields.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { describeError } from '../ui/describeError.ts';
import { Field } from '../ui/Field.tsx';
import { TextField } from '../ui/TextField.tsx';
import { Icon } from '../ui/Icon.tsx';
import type { CandidateFormField, CandidateFormValues } from './CandidateFormValues.ts';
import { fieldErrorsFrom, type FormErrors } from './fieldErrorsFrom.ts';
import { toCandidateFields } from './toCandidateFields.ts';
import './candidates.css';

// Offered as suggestions; the backend checks any name typed against the zones it knows.
const timeZoneNames: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

type Props = {
  title: string;
  initialValues: CandidateFormValues;
  stages: readonly Stage[];
  /** Saves; a rejection with ApiCallError is shown on the form, anything else as a form-level error. */
  onSubmit: (fields: CandidateFields) => Promise<void>;
  onCancel: () => void;
};

const noErrors: FormErrors = { fields: {}, form: null };
const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Create and edit share this form; the backend validates, the form only places its answers. */
export function CandidateForm({ title, initialValues, stages, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useRef(false);
  const titleId = useId();

  // After a refusal (only then, not while the user fixes fields), go to the first field that needs them.
  useEffect(() => {
    if (!focusFirstInvalid.current) return;
    focusFirstInvalid.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function change(field: CandidateFormField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    // The message described the old value; keeping it would mark a corrected field invalid.
    if (errors.fields[field]) {
      setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      await onSubmit(toCandidateFields(values));
    } catch (error) {
      focusFirstInvalid.current = true;
      setErrors(
        error instanceof ApiCallError
          ? fieldErrorsFrom(error, values)
          : { fields: {}, form: describeError(error) },
      );
      setSaving(false);
    }
  }

  function handleKeys(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.current?.requestSubmit();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  }

  const text = (
    field: CandidateFormField,
    label: string,
    options: { type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      label={label}
      error={errors.fields[field]}
      required={field === 'name'}
      type={options.type ?? 'text'}
      autoComplete={options.autoComplete ?? 'off'}
      autoFocus={field === 'name'}
      value={values[field]}
      onValueChange={(value) => change(field, value)}
    />
  );

  return (
    <section className="page page-narrow" aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId} className="page-title">
          {title}
        </h1>
      </header>
      <form
        ref={form}
        className="card form"
        aria-labelledby={titleId}
        noValidate
        onSubmit={submit}
        onKeyDown={handleKeys}
      >
        {errors.form && (
          <div role="alert" className="alert alert-error">
            <div className="alert-body">
              <p className="alert-title">Not saved</p>
              <p>{errors.form}</p>
            </div>
          </div>
        )}
        <div className="form-grid">
          <div className="span-2">{text('name', 'Name')}</div>
          {text('email', 'Email', { type: 'email' })}
          {text('phone', 'Phone', { type: 'tel' })}
          {text('currentTitle', 'Current title')}
          {text('location', 'Location')}
          {text('role', 'Role applied for')}
          {text('source', 'Source')}
          {text('pronouns', 'Pronouns')}
          <TextField
            label="Consent until"
            hint="How long they agreed you may keep their data."
            error={errors.fields.consentUntil}
            type="date"
            value={values.consentUntil}
            onValueChange={(value) => change('consentUntil', value)}
          />
          <Field
            label="Time zone"
            hint="Where they are, e.g. Europe/Warsaw: invitations give the time in theirs too."
            error={errors.fields.timeZone}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  className="input"
                  list="time-zone-names"
                  autoComplete="off"
                  value={values.timeZone}
                  onChange={(event) => change('timeZone', event.target.value)}
                />
                <datalist id="time-zone-names">
                  {timeZoneNames.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Stage" error={errors.fields.stageId}>
            {(control) => (
              <div className="select-wrap">
                <select
                  {...control}
                  className="input select"
                  value={values.stageId}
                  onChange={(event) => change('stageId', event.target.value)}
                >
                  {stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name}
                    </option>
                  ))}
                </select>
                <Icon name="chevronDown" />
              </div>
            )}
          </Field>
          <div className="span-2">
            <Field label="Tags" hint="Separate tags with commas." error={errors.fields.tags}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="text"
                  autoComplete="off"
                  value={values.tags}
                  onChange={(event) => change('tags', event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="span-2">
            <Field
              label="Links"
              hint="One web address per line, e.g. a portfolio or profile."
              error={errors.fields.links}
            >
              {(control) => (
                <textarea
                  {...control}
                  className="input textarea"
                  rows={3}
                  spellCheck={false}
                  value={values.links}
                  onChange={(event) => change('links', event.target.value)}
                />
              )}
            </Field>
          </div>
        </div>
        <div className="form-actions">
          <p className="form-shortcut">
            <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
          </p>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            Save
          </button>
        </div>
      </form>
    </section>
  );
}
