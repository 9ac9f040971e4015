import { api } from '../api/api.ts';
import type { Navigate } from '../app/useHashRoute.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { CandidateList } from './CandidateList.tsx';
import { CandidateWelcome } from './CandidateWelcome.tsx';
import { countLabel } from './countLabel.ts';
import { loadStages } from './loadStages.ts';

// The list's first page; paging and virtualization arrive with the 100k-candidate work.
const pageSize = 500;

async function loadCandidates() {
  const [page, stages] = await Promise.all([api.candidates.list({ limit: pageSize }), loadStages()]);
  return { ...page, stagesById: new Map(stages.map((stage) => [stage.id, stage])) };
}

/** Loads the candidates and chooses between the welcome, the list, and loading or error states. */
export function CandidatesScreen({ navigate }: { navigate: Navigate }) {
  const query = useQuery('candidates', loadCandidates);
  const add = () => navigate({ name: 'newCandidate' });

  // Until the first answer nothing but a (delayed) placeholder shows, so the welcome never flashes the list.
  if (query.status === 'loading') return <Loading label="Loading candidates…" />;
  if (query.status === 'ready' && query.data.total === 0) return <CandidateWelcome onAdd={add} />;

  return (
    <section className="page" aria-labelledby="candidates-title">
      <header className="page-header">
        <div>
          <h1 id="candidates-title" className="page-title" tabIndex={-1}>
            Candidates
          </h1>
          {query.status === 'ready' && <p className="page-subtitle">{countLabel(query.data.total)}</p>}
        </div>
        <button type="button" className="button button-primary" onClick={add}>
          <Icon name="plus" />
          Add candidate
        </button>
      </header>
      {query.status === 'error' && (
        <ErrorAlert title="The candidates could not be loaded." error={query.error} onRetry={query.reload} />
      )}
      {query.status === 'ready' && (
        <>
          <CandidateList
            candidates={query.data.items}
            stagesById={query.data.stagesById}
            labelledBy="candidates-title"
            navigate={navigate}
          />
          {query.data.items.length < query.data.total && (
            <p className="table-note">
              Showing the {query.data.items.length.toLocaleString()} most recently active candidates.
            </p>
          )}
        </>
      )}
    </section>
  );
}
