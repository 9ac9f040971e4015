import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import './kits.css';

/** `#/kits`: the interview kits, each with how many questions and attributes it has. */
export function KitsScreen({ navigate }: { navigate: Navigate }) {
  const query = useQuery('kits', () => api.kits.list({}));
  return (
    <section className="page" aria-labelledby="kits-title">
      <header className="page-header">
        <div>
          <h1 id="kits-title" className="page-title" tabIndex={-1}>
            Interview kits
          </h1>
          <p className="page-subtitle">Questions to ask, and what to score, for each kind of interview.</p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => navigate({ name: 'newKit' })}
          >
            <Icon name="plus" />
            New kit
          </button>
        </div>
      </header>
      {query.status === 'loading' && <Loading />}
      {query.status === 'error' && (
        <ErrorAlert title="The kits could not be loaded." error={query.error} onRetry={query.reload} />
      )}
      {query.status === 'ready' && (
        <ul className="kit-list">
          {query.data.items.map((kit) => {
            const questions = kit.definition.sections.reduce(
              (total, section) => total + section.questions.length,
              0,
            );
            const attributes = kit.definition.attributeCategories.reduce(
              (total, category) => total + category.attributes.length,
              0,
            );
            return (
              <li key={kit.id} className="card kit-list-item">
                <a href={routeHref({ name: 'kit', id: kit.id })} className="kit-list-name">
                  {kit.name}
                </a>
                {kit.description && <p className="kit-list-description">{kit.description}</p>}
                <p className="muted kit-list-counts">
                  {questions} {questions === 1 ? 'question' : 'questions'} · {attributes}{' '}
                  {attributes === 1 ? 'attribute' : 'attributes'}
                  {kit.builtIn && ' · Comes with Rapport'}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
