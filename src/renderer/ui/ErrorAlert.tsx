import { describeError } from './describeError.ts';

type Props = {
  error: unknown;
  /** What failed, in the user's words, e.g. "The candidates could not be loaded." */
  title?: string;
  onRetry?: () => void;
};

/** A failure the user should notice now, with a way to try again when one makes sense. */
export function ErrorAlert({ error, title, onRetry }: Props) {
  return (
    <div role="alert" className="alert alert-error">
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        <p>{describeError(error)}</p>
      </div>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
