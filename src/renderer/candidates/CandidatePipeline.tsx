import { useEffect, useId, useRef, useState } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { limits } from '../../shared/schemas/limits.ts';
import { api } from '../api/api.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';

type Props = { candidate: Candidate; stages: readonly Stage[]; onChanged: () => void };

/**
 * The candidate's stage, changed in one step; moving to a rejected or withdrawn stage first asks why, and the
 * reason is kept with the change in the timeline.
 */
export function CandidatePipeline({ candidate, stages, onChanged }: Props) {
  const [asking, setAsking] = useState<Stage | null>(null);
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [reasonList, setReasonList] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const selectId = useId();
  const reasonId = useId();
  const announce = useAnnounce();
  const trashed = candidate.deletedAt !== null;

  useEffect(() => {
    // After the dialog has put focus on Cancel, the reason is what the user came to type.
    if (asking) reasonField.current?.focus();
  }, [asking]);

  async function move(stage: Stage, why: string | null, reasons: string[] = []) {
    setBusy(true);
    setFailure(null);
    try {
      await api.candidates.setStage({ id: candidate.id, stageId: stage.id, reason: why, reasons });
      setAsking(null);
      announce(`${candidate.name} moved to ${stage.name}.`, {
        label: 'Undo',
        run: () =>
          void api.candidates.undoStageChange({ id: candidate.id }).then(
            () => {
              announce(`${candidate.name} is back in their previous stage.`);
              onChanged();
            },
            (error: unknown) => setFailure(error),
          ),
      });
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function choose(stageId: string) {
    const stage = stages.find((item) => item.id === stageId);
    if (!stage || stage.id === candidate.stageId) return;
    if (stage.kind === 'rejected' || stage.kind === 'withdrawn') {
      setReason('');
      setPicked([]);
      setFailure(null);
      setAsking(stage);
      if (stage.kind === 'rejected' && reasonList === null) {
        void api.profile.answering({}).then(
          (answering) => setReasonList(answering.rejectionReasons),
          () => setReasonList([]),
        );
      }
    } else {
      void move(stage, null);
    }
  }

  return (
    <section className="card pipeline" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`} className="section-title">
        Pipeline
      </h2>
      <div className="pipeline-row">
        <label className="field-label" htmlFor={selectId}>
          Stage
        </label>
        <div className="select-wrap">
          <select
            id={selectId}
            className="input select"
            value={candidate.stageId}
            disabled={trashed || busy}
            onChange={(event) => choose(event.target.value)}
          >
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" />
        </div>
      </div>
      {!asking && failure !== null && <ErrorAlert title="The stage was not changed." error={failure} />}
      <ConfirmDialog
        open={asking !== null}
        title={`Move ${candidate.name} to ${asking?.name ?? ''}?`}
        confirmLabel={`Move to ${asking?.name ?? ''}`}
        busy={busy}
        error={failure !== null && <ErrorAlert error={failure} />}
        onConfirm={() =>
          asking &&
          void move(asking, reason.trim() === '' ? null : reason, asking.kind === 'rejected' ? picked : [])
        }
        onClose={() => setAsking(null)}
      >
        {asking?.kind === 'rejected' && (reasonList ?? []).length > 0 && (
          <fieldset className="fieldset reason-choices">
            <legend className="field-label">Reasons</legend>
            <p className="field-hint">Pick what applies: these go into the feedback you write them.</p>
            {(reasonList ?? []).map((item) => (
              <label key={item} className="checkbox">
                <input
                  type="checkbox"
                  checked={picked.includes(item)}
                  onChange={(event) =>
                    setPicked((current) =>
                      event.target.checked ? [...current, item] : current.filter((value) => value !== item),
                    )
                  }
                />
                {item}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label className="field-label" htmlFor={reasonId}>
            {asking?.kind === 'withdrawn' ? 'Why did they withdraw?' : 'Reason for rejection'}
          </label>
          <p className="field-hint">Optional. Kept with the stage change; the candidate never sees it.</p>
          <textarea
            ref={reasonField}
            id={reasonId}
            className="input textarea"
            rows={3}
            maxLength={limits.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
