import { api } from '../api/api.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { CandidateForm } from './CandidateForm.tsx';
import { loadStages } from '../lib/loadStages.ts';
import { toFormValues } from './toFormValues.ts';

/** `#/candidates/<id>/edit`: the same form, filled in; after saving, back to the candidate. */
export function EditCandidateScreen({ id, navigate }: { id: string; navigate: Navigate }) {
  const query = useQuery(`candidate:${id}`, () => Promise.all([api.candidates.get({ id }), loadStages()]));
  const announce = useAnnounce();
  const backToCandidate = () => navigate({ name: 'candidate', id });

  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <ErrorAlert title="This candidate could not be opened." error={query.error} onRetry={query.reload} />
    );
  }
  const [candidate, stages] = query.data;
  return (
    <CandidateForm
      key={candidate.id}
      title={`Edit ${candidate.name}`}
      initialValues={toFormValues(candidate, stages[0]?.id ?? '')}
      stages={stages}
      onSubmit={async (fields) => {
        const saved = await api.candidates.update({ id, changes: fields });
        announce(`Changes to ${saved.name} were saved.`);
        backToCandidate();
      }}
      onCancel={backToCandidate}
    />
  );
}
