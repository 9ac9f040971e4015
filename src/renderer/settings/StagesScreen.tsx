import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Stage } from '../../shared/schemas/stage.ts';
import { api } from '../api/api.ts';
import { ApiCallError } from '../api/ApiCallError.ts';
import { routeHref } from '../lib/routeHref.ts';
import { loadStages } from '../lib/loadStages.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { useQuery } from '../ui/useQuery.ts';
import './settings.css';

/** `#/settings/stages`: rename the pipeline's stages and put them in order; candidates keep their stage. */
export function StagesScreen() {
  const query = useQuery('stage-settings', () => api.stages.list({}));
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return <ErrorAlert title="The stages could not be loaded." error={query.error} onRetry={query.reload} />;
  }
  return <StageEditor initial={query.data.stages} />;
}

function StageEditor({ initial }: { initial: Stage[] }) {
  const [stages, setStages] = useState(initial);
  const [drafts, setDrafts] = useState(() => new Map(initial.map((stage) => [stage.id, stage.name])));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const refocus = useRef<string | null>(null);
  const announce = useAnnounce();

  // A moved stage's button stays focused in its new place, so the user can keep pressing it.
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [stages]);

  async function rename(stage: Stage) {
    const name = (drafts.get(stage.id) ?? '').trim();
    if (name === stage.name) return;
    setFailure(null);
    try {
      const saved = await api.stages.update({ id: stage.id, name });
      loadStages.forget();
      setStages((current) => current.map((item) => (item.id === saved.id ? saved : item)));
      setDrafts((current) => new Map(current).set(stage.id, saved.name));
      setErrors((current) => {
        const next = new Map(current);
        next.delete(stage.id);
        return next;
      });
      announce(`${stage.name} is now called ${saved.name}.`);
    } catch (error) {
      if (error instanceof ApiCallError && (error.code === 'invalid_input' || error.code === 'conflict')) {
        setErrors((current) => new Map(current).set(stage.id, error.issues[0]?.message ?? error.message));
      } else {
        setFailure(error);
      }
    }
  }

  async function move(index: number, step: -1 | 1) {
    const target = index + step;
    if (busy || target < 0 || target >= stages.length) return;
    const order = stages.map((stage) => stage.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    setBusy(true);
    setFailure(null);
    try {
      const { stages: saved } = await api.stages.reorder({ ids: order });
      loadStages.forget();
      const moved = stages[index]!;
      const atEdge = (step === -1 && target === 0) || (step === 1 && target === saved.length - 1);
      // At the top or bottom that button is disabled; keep focus on the one that still works.
      refocus.current = `stage-${moved.id}-${atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down'}`;
      setStages(saved);
      announce(
        `${moved.name} moved ${step === -1 ? 'up' : 'down'}, to position ${target + 1} of ${saved.length}.`,
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function handleKeys(event: KeyboardEvent<HTMLInputElement>, stage: Stage) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void rename(stage);
    } else if (event.key === 'Escape') {
      setDrafts((current) => new Map(current).set(stage.id, stage.name));
    }
  }

  return (
    <section className="page page-narrow" aria-labelledby="stages-title">
      <a className="back-link" href={routeHref({ name: 'settings' })}>
        <Icon name="arrowLeft" />
        Settings
      </a>
      <header className="page-header">
        <div>
          <h1 id="stages-title" className="page-title" tabIndex={-1}>
            Pipeline stages
          </h1>
          <p className="page-subtitle">
            Rename stages to match how you hire, and put them in order. Candidates keep their stage.
          </p>
        </div>
      </header>
      {failure !== null && <ErrorAlert title="That change was not saved." error={failure} />}
      <ol className="card stage-list" aria-labelledby="stages-title">
        {stages.map((stage, index) => {
          const error = errors.get(stage.id);
          return (
            <li key={stage.id} className="stage-row">
              <span className="stage-position" aria-hidden="true">
                {index + 1}
              </span>
              <div className="stage-name">
                <input
                  className="input"
                  aria-label={`Name of the ${stage.name} stage`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `stage-${stage.id}-error` : undefined}
                  value={drafts.get(stage.id) ?? stage.name}
                  maxLength={200}
                  onChange={(event) =>
                    setDrafts((current) => new Map(current).set(stage.id, event.target.value))
                  }
                  onBlur={() => void rename(stage)}
                  onKeyDown={(event) => handleKeys(event, stage)}
                />
                {error && (
                  <p id={`stage-${stage.id}-error`} className="field-error">
                    {error}
                  </p>
                )}
              </div>
              <div className="row-actions">
                <button
                  id={`stage-${stage.id}-up`}
                  type="button"
                  className="button button-small"
                  aria-label={`Move up: ${stage.name}`}
                  disabled={index === 0}
                  aria-disabled={busy || undefined}
                  onClick={() => void move(index, -1)}
                >
                  Move up
                </button>
                <button
                  id={`stage-${stage.id}-down`}
                  type="button"
                  className="button button-small"
                  aria-label={`Move down: ${stage.name}`}
                  disabled={index === stages.length - 1}
                  aria-disabled={busy || undefined}
                  onClick={() => void move(index, 1)}
                >
                  Move down
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
