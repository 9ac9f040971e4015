import type { InputHTMLAttributes } from 'react';
import { Field } from './Field.tsx';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'required' | 'aria-invalid' | 'aria-describedby'
>;

type Props = InputProps & {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Marks the label and the input alike. */
  required?: boolean;
  value: string;
  onValueChange(value: string): void;
};

/** A Field around one `<input class="input">`: the label, hint and error wired to it, and its value as a string. */
export function TextField({
  label,
  hint,
  error,
  required = false,
  value,
  onValueChange,
  className,
  ...input
}: Props) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input
          {...input}
          {...control}
          className={['input', className].filter(Boolean).join(' ')}
          required={required || undefined}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}
