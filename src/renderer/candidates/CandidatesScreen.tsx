import { useCallback, useMemo, useState } from 'react';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { CandidateBulkBar } from './CandidateBulkBar.tsx';
import { CandidateFilters } from './CandidateFilters.tsx';
import { CandidateList } from './CandidateList.tsx';
import { CandidateSearchBox } from './CandidateSearchBox.tsx';
import { CandidateWelcome } from './CandidateWelcome.tsx';
import { countLabel } from './countLabel.ts';
import { ExportListButton } from './ExportListButton.tsx';
import { useStoredDensity } from './useStoredDensity.ts';
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

/**
 * The candidate list: a search, filters, order, a live count and a virtualized table; or the welcome when empty.
 * The search lives in the address (`#/candidates?q=…`), so Back, a saved search and Ctrl+K's "See all" land on it.
 */
export function CandidatesScreen({ navigate, search = '' }: { navigate: Navigate; search?: string }) {
  const [query, setQuery] = useStoredListQuery();
  const [reloadKey, setReloadKey] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [exportError, setExportError] = useState<unknown>(null);
  const [density, setDensity] = useStoredDensity();
  const context = useQuery('candidates-context', loadContext);
  const pages = useCandidatePages(query, reloadKey, search);
  // Replacing the address, not pushing it, so Back leaves the list instead of undoing each keystroke.
  const setSearch = useCallback(
    (text: string) => window.location.replace(routeHref({ name: 'candidates', search: text })),
    [],
  );
  const searching = search.trim() !== '';
  const add = () => navigate({ name: 'newCandidate' });
  const stages = useMemo(() => (context.status === 'ready' ? context.data.stages : []), [context]);
  const stagesById = useMemo(() => new Map(stages.map((stage) => [stage.id, stage])), [stages]);
  const filtered =
    searching ||
    query.stageId !== undefined ||
    query.role !== undefined ||
    query.tag !== undefined ||
    query.source !== undefined ||
    query.name !== undefined;

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
        <div className="page-actions">
          <button
            type="button"
            className="button"
            aria-pressed={density === 'compact'}
            onClick={() => setDensity(density === 'compact' ? 'comfortable' : 'compact')}
          >
            Compact rows
          </button>
          <ExportListButton query={query} onError={setExportError} />
          <a className="button" href={routeHref({ name: 'importCandidates' })}>
            Import CSV
          </a>
          <button type="button" className="button button-primary" onClick={add}>
            <Icon name="plus" />
            Add candidate
          </button>
        </div>
      </header>
      <CandidateSearchBox
        value={search}
        hint={pages.status === 'ready' ? pages.hint : null}
        onSearch={setSearch}
      />
      <div className="list-toolbar">
        <CandidateFilters
          query={query}
          stages={stages}
          facets={context.status === 'ready' ? context.data.facets : null}
          onChange={setQuery}
        />
      </div>
      {exportError !== null && <ErrorAlert title="The list could not be exported." error={exportError} />}
      {selected.size > 0 && (
        <CandidateBulkBar
          ids={[...selected]}
          stages={stages}
          onClear={() => setSelected(new Set())}
          onDone={() => {
            setSelected(new Set());
            setReloadKey((key) => key + 1);
            context.reload();
          }}
        />
      )}
      {context.status === 'error' && (
        <ErrorAlert title="The filters could not be loaded." error={context.error} onRetry={context.reload} />
      )}
      {pages.status === 'error' && (
        <ErrorAlert title="The candidates could not be loaded." error={pages.error} onRetry={pages.retry} />
      )}
      {pages.status === 'loading' && <Loading label="Loading candidates…" />}
      {pages.status === 'ready' && pages.total === 0 && (
        <div className="empty-state">
          <p>
            {searching
              ? 'No candidates match this search.'
              : filtered
                ? 'No candidates match these filters.'
                : 'There are no candidates yet.'}
          </p>
          {searching && (
            <button type="button" className="button" onClick={() => setSearch('')}>
              Clear search
            </button>
          )}
          {filtered && !searching && (
            <button type="button" className="button" onClick={() => setQuery({ sort: query.sort })}>
              Clear filters
            </button>
          )}
        </div>
      )}
      {pages.status === 'ready' && pages.total > 0 && (
        <CandidateList
          key={`${JSON.stringify(query)}#${reloadKey}#${search}`}
          total={pages.total}
          rowAt={pages.rowAt}
          want={pages.want}
          version={pages.version}
          stagesById={stagesById}
          labelledBy="candidates-title"
          navigate={navigate}
          sort={query.sort}
          onSort={(sort) => setQuery({ ...query, sort })}
          density={density}
          selected={selected}
          onToggle={(id) =>
            setSelected((current) => {
              const next = new Set(current);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            })
          }
        />
      )}
    </section>
  );
}
