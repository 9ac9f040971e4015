import type { RoomInfo } from './RoomInfo.ts';

function formatStart(startsAt: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(startsAt));
}

/** Who the candidate is about to meet, and when: the recruiter's photo, name, company and intro, and the interview. */
export function RecruiterCard({ info }: { info: RoomInfo }) {
  if (!info.hostName && !info.company && !info.intro && !info.interviewTitle && !info.startsAt) return null;
  const initials = (info.hostName ?? info.company ?? '?')
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <section className="join-recruiter" aria-label="Who you will meet">
      {info.photo ? (
        <img
          className="join-recruiter-photo"
          src={info.photo}
          alt={info.hostName ?? 'The recruiter'}
          width={72}
          height={72}
        />
      ) : (
        <span className="join-recruiter-photo join-recruiter-initials" aria-hidden="true">
          {initials}
        </span>
      )}
      <div className="join-recruiter-text">
        {(info.hostName || info.company) && (
          <p className="join-recruiter-name">
            {info.hostName && <strong>{info.hostName}</strong>}
            {info.hostName && info.company && <span aria-hidden="true"> · </span>}
            {info.company && <span className="join-recruiter-company">{info.company}</span>}
          </p>
        )}
        {(info.interviewTitle || info.startsAt) && (
          <p className="join-recruiter-interview">
            {info.interviewTitle}
            {info.interviewTitle && info.startsAt && ', '}
            {info.startsAt && <time dateTime={info.startsAt}>{formatStart(info.startsAt)}</time>}
          </p>
        )}
        {info.intro && <p className="join-intro-text">{info.intro}</p>}
      </div>
    </section>
  );
}
