import { api } from '../api/api.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import { CandidateForm } from './CandidateForm.tsx';
import { loadStages } from '../lib/loadStages.ts';
import { toFormValues } from './toFormValues.ts';

/** `#/candidates/new`: an empty form; after saving, back to the list where the new row shows. */
export function NewCandidateScreen({ navigate }: { navigate: Navigate }) {
  const stages = useQuery('stages', loadStages);
  const announce = useAnnounce();
  const backToList = () => navigate({ name: 'candidates' });

  if (stages.status === 'loading') return <Loading />;
  if (stages.status === 'error') {
    return <ErrorAlert title="The form could not be opened." error={stages.error} onRetry={stages.reload} />;
  }
  return (
    <CandidateForm
      title="Add candidate"
      initialValues={toFormValues(null, stages.data[0]?.id ?? '')}
      stages={stages.data}
      onSubmit={async (fields) => {
        const created = await api.candidates.create(fields);
        announce(`${created.name} was added.`);
        backToList();
      }}
      onCancel={backToList}
    />
  );
}
