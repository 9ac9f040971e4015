import type { MethodOutput } from '../../shared/contract/ContractTypes.ts';
import { useEffect, useState } from 'react';
import type { Stage } from '../../shared/schemas/stage.ts';
import { Icon } from '../ui/Icon.tsx';
import type { CandidateListQuery } from './CandidateListQuery.ts';

type Facets = MethodOutput<'candidates.facets'>;

type Props = {
  query: CandidateListQuery;
  stages: readonly Stage[];
  facets: Facets | null;
  onChange: (query: CandidateListQuery) => void;
};

const sortLabels: Record<CandidateListQuery['sort'], string> = {
  updated: 'Last activity',
  name: 'Name',
  stage: 'Stage',
  created: 'Recently added',
};

/** Stage, role, tag and source filters that combine, and the order; every control has a visible label. */
export function CandidateFilters({ query, stages, facets, onChange }: Props) {
  const set = (key: keyof CandidateListQuery, value: string) => {
    const next = { ...query, [key]: value === '' ? undefined : value };
    if (next[key] === undefined) delete next[key];
    onChange(next as CandidateListQuery);
  };
  const [name, setName] = useState(query.name ?? '');
  const [shownName, setShownName] = useState(query.name);
  // The query's name can change from outside (Clear filters); the box follows it.
  if (shownName !== query.name) {
    setShownName(query.name);
    setName(query.name ?? '');
  }
  // Typing filters after a short pause, so each keystroke does not query the whole list.
  useEffect(() => {
    const trimmed = name.trim();
    if (trimmed === (query.name ?? '')) return;
    const timer = setTimeout(() => {
      const next: CandidateListQuery = { ...query, name: trimmed };
      if (trimmed === '') delete next.name;
      onChange(next);
    }, 250);
    return () => clearTimeout(timer);
  }, [name, query, onChange]);
  const filtered = ['stageId', 'role', 'tag', 'source', 'name'].some(
    (key) => query[key as keyof CandidateListQuery] !== undefined,
  );

  const select = (
    key: 'stageId' | 'role' | 'tag' | 'source',
    label: string,
    allLabel: string,
    options: Array<{ value: string; label: string }>,
  ) => {
    const value = query[key] ?? '';
    // A filter restored from before may name a value no candidate has any more; keep it selectable.
    const all =
      value && !options.some((option) => option.value === value)
        ? [{ value, label: value }, ...options]
        : options;
    return (
      <div className="filter">
        <label className="field-label" htmlFor={`filter-${key}`}>
          {label}
        </label>
        <div className="select-wrap">
          <select
            id={`filter-${key}`}
            className="input select"
            value={value}
            onChange={(event) => set(key, event.target.value)}
          >
            <option value="">{allLabel}</option>
            {all.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
      </div>
    );
  };
  const facetOptions = (values: Facets['roles'] | undefined) =>
    (values ?? []).map((facet) => ({
      value: facet.value,
      label: `${facet.value} (${facet.count.toLocaleString()})`,
    }));

  return (
    <div className="filter-bar" role="group" aria-label="Filter and sort candidates">
      <div className="filter">
        <label className="field-label" htmlFor="filter-name">
          Name
        </label>
        <input
          id="filter-name"
          className="input"
          type="search"
          placeholder="Filter by name"
          autoComplete="off"
          value={name}
          maxLength={200}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {select(
        'stageId',
        'Stage',
        'All stages',
        stages.map((stage) => ({ value: stage.id, label: stage.name })),
      )}
      {select('role', 'Role', 'All roles', facetOptions(facets?.roles))}
      {select('tag', 'Tag', 'All tags', facetOptions(facets?.tags))}
      {select('source', 'Source', 'All sources', facetOptions(facets?.sources))}
      <div className="filter">
        <label className="field-label" htmlFor="filter-sort">
          Sort by
        </label>
        <div className="select-wrap">
          <select
            id="filter-sort"
            className="input select"
            value={query.sort}
            onChange={(event) =>
              onChange({ ...query, sort: event.target.value as CandidateListQuery['sort'] })
            }
          >
            {Object.entries(sortLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
      </div>
      {filtered && (
        <button
          type="button"
          className="button button-quiet filter-clear"
          onClick={() => {
            setName('');
            onChange({ sort: query.sort });
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
