import { useEffect, useState } from 'react';
import { parseJoinLink } from './joinLink.ts';
import { JoinPage } from './JoinPage.tsx';
import { fetchRoomInfo, type RoomInfoResult } from './RoomInfo.ts';

/** Reads the link, asks the server who sent it, then shows the join page, or says plainly what is wrong. */
export function JoinRoot() {
  const [link] = useState(() => parseJoinLink(location.pathname, location.hash));
  const [result, setResult] = useState<RoomInfoResult | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!link) return;
    let current = true;
    void fetchRoomInfo(link.roomId).then((outcome) => current && setResult(outcome));
    return () => {
      current = false;
    };
  }, [link, attempt]);

  if (!link) {
    return (
      <Problem
        title="This interview link is incomplete"
        detail="Open the whole link from your invitation (it ends with a long code after #token=), or ask the recruiter to send it again."
      />
    );
  }
  if (!result) {
    return (
      <main className="join">
        <h1>Join your interview</h1>
        <p role="status">Loading your interview…</p>
      </main>
    );
  }
  switch (result.status) {
    case 'ok':
      return <JoinPage link={link} info={result.info} />;
    case 'expired':
      return (
        <Problem
          title="This interview link has expired"
          detail="Ask the recruiter who invited you for a new link."
        />
      );
    case 'closed':
      return (
        <Problem
          title="This interview has ended"
          detail="The recruiter closed this call. If you still need to talk, ask them for a new link."
        />
      );
    case 'unknown':
      return (
        <Problem
          title="This interview link is not valid"
          detail="The room may have been closed. Check that you opened the whole link, or ask the recruiter for a new one."
        />
      );
    case 'unreachable':
      return (
        <Problem
          title="Could not reach the interview server"
          detail="Check your internet connection, then try again."
          onRetry={() => {
            setResult(null);
            setAttempt((value) => value + 1);
          }}
        />
      );
  }
}

function Problem({ title, detail, onRetry }: { title: string; detail: string; onRetry?: () => void }) {
  return (
    <main className="join">
      <h1>{title}</h1>
      <div role="alert" className="alert alert-error">
        <p>{detail}</p>
      </div>
      {onRetry && (
        <button type="button" className="button button-primary" onClick={onRetry}>
          Try again
        </button>
      )}
    </main>
  );
}
