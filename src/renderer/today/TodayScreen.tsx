import { useEffect, useMemo } from 'react';
import { api } from '../api/api.ts';
import { loadStages } from '../lib/loadStages.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { recruiterTimeZone } from '../lib/recruiterTimeZone.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useQuery } from '../ui/useQuery.ts';
import { AnswerRecordChart } from './AnswerRecordChart.tsx';
import { FirstRunProfile } from './FirstRunProfile.tsx';
import { NotificationPermission } from './NotificationPermission.tsx';
import { TodayFollowUps } from './TodayFollowUps.tsx';
import { TodayInterviews } from './TodayInterviews.tsx';
import { WaitingList } from './WaitingList.tsx';
import './today.css';

async function loadToday() {
  const [overview, stages, profile] = await Promise.all([
    api.today.get({ timeZone: recruiterTimeZone() }),
    loadStages(),
    api.profile.get({}),
  ]);
  return { overview, stages, profile };
}

const refreshEveryMilliseconds = 60_000;

/** `#/`: where the app opens. Today's interviews, scorecards to submit, everyone waiting on you, your record. */
export function TodayScreen({ navigate }: { navigate: Navigate }) {
  const query = useQuery('today', loadToday);
  const { reload } = query;
  const stagesById = useMemo(
    () => new Map((query.status === 'ready' ? query.data.stages : []).map((stage) => [stage.id, stage])),
    [query],
  );

  // Waits grow late and interviews come due while the screen is open.
  useEffect(() => {
    const timer = window.setInterval(reload, refreshEveryMilliseconds);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  if (query.status === 'loading') return <Loading label="Loading Today…" />;
  if (query.status === 'error') {
    return (
      <section className="page">
        <ErrorAlert title="Today could not be loaded." error={query.error} onRetry={query.reload} />
      </section>
    );
  }
  const { overview, profile } = query.data;
  const greeting = profile.name ? `, ${profile.name.split(/\s+/)[0]}` : '';
  return (
    <section className="page today-page" aria-labelledby="today-title">
      <header className="page-header">
        <div>
          <h1 id="today-title" className="page-title" tabIndex={-1}>
            Today
          </h1>
          <p className="page-subtitle">
            {new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(
              new Date(),
            )}
            {greeting && ` · Good to see you${greeting}`}
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={routeHref({ name: 'candidates' })}>
            All candidates
          </a>
        </div>
      </header>
      {overview.onboarding === null && <FirstRunProfile profile={profile} onDone={reload} />}
      <NotificationPermission overdue={overview.followUps.overdue} />
      <div className="today-grid">
        <div className="today-column">
          <TodayInterviews
            interviews={overview.interviews}
            scorecards={overview.scorecards}
            navigate={navigate}
          />
          <WaitingList
            waiting={overview.waiting}
            slaWorkingDays={overview.slaWorkingDays}
            stagesById={stagesById}
            navigate={navigate}
            onChanged={reload}
          />
        </div>
        <div className="today-column">
          <TodayFollowUps followUps={overview.followUps} today={overview.today} onChanged={reload} />
          <AnswerRecordChart record={overview.record} slaWorkingDays={overview.slaWorkingDays} />
        </div>
      </div>
    </section>
  );
}
