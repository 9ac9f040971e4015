import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { KitEditor } from './KitEditor.tsx';
import './kits.css';

/** `#/kits/<id>` and `#/kits/new`. */
export function KitEditorScreen({ id, navigate }: { id: string | null; navigate: Navigate }) {
  const query = useQuery(`kit:${id ?? 'new'}`, () =>
    id === null ? Promise.resolve(null) : api.kits.get({ id }),
  );
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <section className="page">
        <a className="back-link" href={routeHref({ name: 'kits' })}>
          <Icon name="arrowLeft" />
          All kits
        </a>
        <ErrorAlert title="This kit could not be opened." error={query.error} onRetry={query.reload} />
      </section>
    );
  }
  return <KitEditor key={id ?? 'new'} kit={query.data} navigate={navigate} />;
}
