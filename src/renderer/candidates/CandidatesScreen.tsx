import { useMemo } from 'react';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { CandidateFilters } from './CandidateFilters.tsx';
import { CandidateList } from './CandidateList.tsx';
import { CandidateWelcome } from './CandidateWelcome.tsx';
import { countLabel } from './countLabel.ts';
import { loadStages } from '../lib/loadStages.ts';
import { useCandidatePages } from './useCandidatePages.ts';
import { useStoredListQuery } from './useStoredListQuery.ts';

async function loadContext() {
  // The unfiltered total, for "Showing 42 of 500 candidates", costs one tiny query.
  const [stages, facets, everyone] = await Promise.all([
    loadStages(),
    api.candidates.facets({}),
    api.candidates.list({ limit: 1 }),
  ]);
  return { stages, facets, everyone: everyone.total };
}

/** The candidate list: filters, order, a live count and a virtualized table; or the welcome when empty. */
export function CandidatesScreen({ navigate }: { navigate: Navigate }) {
  const [query, setQuery] = useStoredListQuery();
  const context = useQuery('candidates-context', loadContext);
  const pages = useCandidatePages(query);
  const add = () => navigate({ name: 'newCandidate' });
  const stages = useMemo(() => (context.status === 'ready' ? context.data.stages : []), [context]);
  const stagesById = useMemo(() => new Map(stages.map((stage) => [stage.id, stage])), [stages]);
  const filtered =
    query.stageId !== undefined ||
    query.role !== undefined ||
    query.tag !== undefined ||
    query.source !== undefined;

  // Until the first answer nothing but a (delayed) placeholder shows, so the welcome never flashes the list.
  if (context.status === 'loading') return <Loading label="Loading candidates…" />;
  const everyone = context.status === 'ready' ? context.data.everyone : null;
  if (everyone === 0) return <CandidateWelcome onAdd={add} />;
  const count =
    pages.status !== 'ready'
      ? '\u00a0'
      : filtered && everyone !== null
        ? `Showing ${pages.total.toLocaleString()} of ${countLabel(everyone)}`
        : countLabel(pages.total);

  return (
    <section className="page" aria-labelledby="candidates-title">
      <header className="page-header">
        <div>
          <h1 id="candidates-title" className="page-title" tabIndex={-1}>
            Candidates
          </h1>
          <p className="page-subtitle" aria-live="polite" aria-atomic="true">
            {count}
          </p>
        </div>
      </header>
      <div className="list-toolbar">
        <CandidateFilters
          query={query}
          stages={stages}
          facets={context.status === 'ready' ? context.data.facets : null}
          onChange={setQuery}
        />
        <div className="page-actions">
          <a className="button" href={routeHref({ name: 'importCandidates' })}>
            Import CSV
          </a>
          <button type="button" className="button button-primary" onClick={add}>
            <Icon name="plus" />
            Add candidate
          </button>
        </div>
      </div>
      {context.status === 'error' && (
        <ErrorAlert title="The filters could not be loaded." error={context.error} onRetry={context.reload} />
      )}
      {pages.status === 'error' && (
        <ErrorAlert title="The candidates could not be loaded." error={pages.error} onRetry={pages.retry} />
      )}
      {pages.status === 'loading' && <Loading label="Loading candidates…" />}
      {pages.status === 'ready' && pages.total === 0 && (
        <div className="empty-state">
          <p>{filtered ? 'No candidates match these filters.' : 'There are no candidates yet.'}</p>
          {filtered && (
            <button type="button" className="button" onClick={() => setQuery({ sort: query.sort })}>
              Clear filters
            </button>
          )}
        </div>
      )}
      {pages.status === 'ready' && pages.total > 0 && (
        <CandidateList
          key={JSON.stringify(query)}
          total={pages.total}
          rowAt={pages.rowAt}
          want={pages.want}
          version={pages.version}
          stagesById={stagesById}
          labelledBy="candidates-title"
          navigate={navigate}
        />
      )}
    </section>
  );
}
