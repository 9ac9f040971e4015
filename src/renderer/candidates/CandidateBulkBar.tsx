import { useId, useState } from 'react';
import type { Stage } from '../../shared/schemas/stage.ts';
import { api } from '../api/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import './candidateList.css';

/**
 * What can be done to the ticked rows at once: move them to a stage, add a tag, or move them to the Trash. A
 * toolbar of ordinary labelled controls, so it works from the keyboard like the rest of the page.
 */
export function CandidateBulkBar({
  ids,
  stages,
  onDone,
  onClear,
}: {
  ids: readonly string[];
  stages: readonly Stage[];
  onDone: () => void;
  onClear: () => void;
}) {
  const [stageId, setStageId] = useState(stages[0]?.id ?? '');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stageFieldId = useId();
  const tagFieldId = useId();
  const announce = useAnnounce();
  const people = `${ids.length.toLocaleString()} ${ids.length === 1 ? 'candidate' : 'candidates'}`;

  async function apply(
    action: { kind: 'stage'; stageId: string } | { kind: 'addTag'; tag: string } | { kind: 'trash' },
    done: string,
  ) {
    setBusy(true);
    setError(null);
    try {
      await api.candidates.bulkUpdate({ ids: [...ids], action });
      announce(done);
      setTag('');
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const stageName = stages.find((stage) => stage.id === stageId)?.name ?? stageId;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={`Change ${people}`}>
      <p className="bulk-count">{people} selected</p>
      <div className="bulk-group">
        <label className="visually-hidden" htmlFor={stageFieldId}>
          Stage for the selected candidates
        </label>
        <div className="select-wrap">
          <select
            id={stageFieldId}
            className="input select"
            value={stageId}
            onChange={(event) => setStageId(event.target.value)}
          >
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
        <button
          type="button"
          className="button"
          disabled={busy || stageId === ''}
          onClick={() => void apply({ kind: 'stage', stageId }, `${people} moved to ${stageName}.`)}
        >
          Move to stage
        </button>
      </div>
      <form
        className="bulk-group"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = tag.trim();
          if (trimmed) void apply({ kind: 'addTag', tag: trimmed }, `Tag “${trimmed}” added to ${people}.`);
        }}
      >
        <label className="visually-hidden" htmlFor={tagFieldId}>
          Tag to add to the selected candidates
        </label>
        <input
          id={tagFieldId}
          className="input"
          placeholder="Tag"
          maxLength={50}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy || tag.trim() === ''}>
          Add tag
        </button>
      </form>
      <button
        type="button"
        className="button button-danger"
        disabled={busy}
        onClick={() => void apply({ kind: 'trash' }, `${people} moved to the Trash.`)}
      >
        Move to Trash
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        Clear selection
      </button>
      {error !== null && <ErrorAlert title="Nothing was changed." error={error} />}
    </div>
  );
}
