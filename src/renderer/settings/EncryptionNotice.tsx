import { api } from '../api/api.ts';
import { useQuery } from '../ui/useQuery.ts';
import { encryptionDescription } from './encryptionDescription.ts';

/** Where the database key is kept; a warning when Linux fell back to basic_text. Nothing while it loads. */
export function EncryptionNotice({ full }: { full: boolean }) {
  const query = useQuery('encryption', () => api.settings.encryption({}));
  if (query.status !== 'ready') return null;
  const { text, warning } = encryptionDescription(query.data);
  if (!warning && !full) return null;
  return (
    <div className={warning ? 'alert alert-error' : 'alert alert-info'} role={warning ? 'note' : undefined}>
      <div className="alert-body">
        <p className="alert-title">
          {warning ? 'The encryption key is not well protected' : 'Encrypted at rest'}
        </p>
        {full && <p>{text}</p>}
        {warning && <p>{warning}</p>}
      </div>
    </div>
  );
}
