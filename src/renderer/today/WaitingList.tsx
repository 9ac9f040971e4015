import { useState } from 'react';
import type { Stage } from '../../shared/schemas/stage.ts';
import type { TodayOverview } from '../../shared/schemas/todayOverview.ts';
import type { WaitingCandidate } from '../../shared/schemas/waitingCandidate.ts';
import { api } from '../api/api.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { describeDays, describeLateness, describeReason } from './describeWait.ts';

type Props = {
  waiting: TodayOverview['waiting'];
  slaWorkingDays: number;
  stagesById: ReadonlyMap<string, Stage>;
  navigate: Navigate;
  onChanged: () => void;
};

/** "Waiting on you": everyone who waits for an answer, the latest first against the answer deadline. */
export function WaitingList({ waiting, slaWorkingDays, stagesById, navigate, onChanged }: Props) {
  const announce = useAnnounce();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(wait: WaitingCandidate, action: () => Promise<void>) {
    setBusy(wait.candidateId);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  const writeFeedback = (wait: WaitingCandidate) =>
    act(wait, async () => {
      const draft = await api.feedback.open({ candidateId: wait.candidateId, interviewId: wait.interviewId });
      navigate({ name: 'feedback', id: draft.id });
    });
  const done = (wait: WaitingCandidate) =>
    act(wait, async () => {
      await api.followUps.complete({ id: wait.followUpId! });
      announce(`Follow-up with ${wait.candidateName} done.`);
      onChanged();
    });
  const answered = (wait: WaitingCandidate) =>
    act(wait, async () => {
      await api.today.markAnswered({ candidateId: wait.candidateId });
      announce(`${wait.candidateName} was marked as answered.`);
      onChanged();
    });

  return (
    <section className="card today-card" aria-labelledby="waiting-title">
      <div className="section-header">
        <h2 id="waiting-title" className="section-title">
          Waiting on you <span className="count-badge">{waiting.total.toLocaleString()}</span>
        </h2>
        <a className="button button-quiet button-small" href={routeHref({ name: 'profileSettings' })}>
          Answer within {slaWorkingDays} working {slaWorkingDays === 1 ? 'day' : 'days'}
        </a>
      </div>
      {failure !== null && <ErrorAlert error={failure} />}
      {waiting.items.length === 0 ? (
        <p className="empty-note">Nobody is waiting on you. Every candidate has heard back.</p>
      ) : (
        <ol className="today-list" aria-labelledby="waiting-title">
          {waiting.items.map((wait) => (
            <li key={wait.candidateId} className="today-row" data-late={wait.lateness > 0 || undefined}>
              <div className="today-row-main">
                <a className="today-row-title" href={routeHref({ name: 'candidate', id: wait.candidateId })}>
                  {wait.candidateName}
                </a>
                <span className="today-row-detail">
                  {describeReason(wait, stagesById.get(wait.stageId)?.name)}
                </span>
                <span className="today-row-detail">
                  {describeDays(wait)} ·{' '}
                  <strong className={wait.lateness > 0 ? 'late' : undefined}>
                    {describeLateness(wait.lateness)}
                  </strong>
                </span>
              </div>
              <div className="today-row-actions">
                {wait.reason === 'follow_up' ? (
                  <button
                    type="button"
                    className="button"
                    disabled={busy !== null}
                    onClick={() => void done(wait)}
                  >
                    Done
                    <span className="visually-hidden">
                      {' '}
                      with {wait.about} ({wait.candidateName})
                    </span>
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={busy !== null}
                    onClick={() => void writeFeedback(wait)}
                  >
                    Write feedback<span className="visually-hidden"> to {wait.candidateName}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={busy !== null}
                  onClick={() => void answered(wait)}
                >
                  Answered another way<span className="visually-hidden"> ({wait.candidateName})</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {waiting.total > waiting.items.length && (
        <p className="field-hint">
          Showing the {waiting.items.length} latest of {waiting.total.toLocaleString()}.
        </p>
      )}
    </section>
  );
}
