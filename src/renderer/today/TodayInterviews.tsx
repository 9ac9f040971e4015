import type { TodayOverview } from '../../shared/schemas/todayOverview.ts';
import type { TodayInterview } from '../../shared/schemas/todayInterview.ts';
import { callSession } from '../liveCall/appCallSession.ts';
import { formatClockTime } from '../../shared/time/formatClockTime.ts';
import { formatTimeIn } from '../lib/formatTimeIn.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { routeHref } from '../lib/routeHref.ts';

function timeOf(interview: TodayInterview): string {
  if (interview.when === 'now') return 'In progress';
  if (!interview.startsAt) return '';
  const start = new Date(interview.startsAt);
  const clock = (date: Date) => formatClockTime(date);
  if (interview.when === 'today') {
    const end = new Date(start.getTime() + (interview.durationMinutes ?? 60) * 60_000);
    return `Today, ${clock(start)}–${clock(end)}`;
  }
  return formatTimeIn(interview.startsAt);
}

/** Today's and upcoming interviews; when one is about to start, "Start call" is the first thing on the row. */
export function TodayInterviews({
  interviews,
  scorecards,
  navigate,
}: Pick<TodayOverview, 'interviews' | 'scorecards'> & { navigate: Navigate }) {
  const groups = [
    { title: 'Today', items: interviews.filter((interview) => interview.when !== 'upcoming') },
    { title: 'Upcoming', items: interviews.filter((interview) => interview.when === 'upcoming') },
  ];
  return (
    <section className="card today-card" aria-labelledby="interviews-title">
      <h2 id="interviews-title" className="section-title">
        Interviews
      </h2>
      {interviews.length === 0 && (
        <p className="empty-note">Nothing scheduled. Schedule an interview from a candidate’s profile.</p>
      )}
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <div key={group.title} className="today-group">
              <h3 id={`interviews-${group.title}`} className="today-group-title">
                {group.title}
              </h3>
              <ul className="today-list" aria-labelledby={`interviews-${group.title}`}>
                {group.items.map((interview) => (
                  <li key={interview.id} className="today-row">
                    <div className="today-row-main">
                      <a
                        className="today-row-title"
                        href={routeHref({ name: 'interview', id: interview.id })}
                      >
                        {interview.candidateName}: {interview.title}
                      </a>
                      <span className="today-row-detail">
                        <time dateTime={interview.startsAt ?? undefined}>{timeOf(interview)}</time>
                        {interview.durationMinutes ? ` · ${interview.durationMinutes} minutes` : ''}
                      </span>
                    </div>
                    {interview.startable && (
                      <div className="today-row-actions">
                        <button
                          type="button"
                          className="button button-primary"
                          onClick={() => {
                            void callSession.start(interview.id);
                            navigate({ name: 'interview', id: interview.id });
                          }}
                        >
                          Start call<span className="visually-hidden"> with {interview.candidateName}</span>
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
      {scorecards.length > 0 && (
        <div className="today-group">
          <h3 id="scorecards-title" className="today-group-title">
            Scorecards to submit
          </h3>
          <ul className="today-list" aria-labelledby="scorecards-title">
            {scorecards.map((card) => (
              <li key={card.interviewId} className="today-row">
                <div className="today-row-main">
                  <a
                    className="today-row-title"
                    href={routeHref({ name: 'interview', id: card.interviewId })}
                  >
                    {card.candidateName}: {card.title}
                  </a>
                  {card.endedAt && (
                    <span className="today-row-detail">Ended {formatTimeIn(card.endedAt)}</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
