import { useEffect, useId, useRef, useState } from 'react';
import type { TimelineItem } from '../../shared/schemas/timelineItem.ts';
import { api } from '../api/api.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { Loading } from '../ui/Loading.tsx';
import { formatDate } from '../lib/formatDate.ts';
import { TimelineNote } from './TimelineNote.tsx';

const pageSize = 50;
const kindLabels: Record<TimelineItem['kind'], string> = {
  interview: 'Interview',
  note: 'Note',
  stageChange: 'Stage',
  touchpoint: 'Contact',
};

type Props = {
  candidateId: string;
  /** Reloads the timeline when it changes, e.g. the candidate's updatedAt after a stage change. */
  refreshKey: string;
  /** The item to open, scroll to and focus (a note found by search, say). */
  focus: string | null;
};

type Loaded = { key: string; items: TimelineItem[]; total: number };

/**
 * Every touchpoint, newest first, as an ordered list of links: an interview opens its page; a note or a stage
 * change opens in place, with its address in the URL so a search result can land on it.
 */
export function CandidateTimeline({ candidateId, refreshKey, focus }: Props) {
  const key = `${candidateId}:${refreshKey}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const titleId = useId();
  const focused = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    // With an item to open, keep reading pages until it is among them (a note far back in a long history).
    async function load(): Promise<Loaded> {
      let items: TimelineItem[] = [];
      let total = 0;
      for (;;) {
        const page = await api.candidates.timeline({
          id: candidateId,
          offset: items.length,
          limit: pageSize,
        });
        items = [...items, ...page.items];
        total = page.total;
        const found = focus === null || items.some((item) => item.id === focus);
        if (found || page.items.length === 0 || items.length >= total) return { key, items, total };
      }
    }
    load().then(
      (result) => current && setLoaded(result),
      (error: unknown) => current && setFailure({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [candidateId, key, focus]);

  const items = loaded?.key === key ? loaded.items : null;
  const total = loaded?.key === key ? loaded.total : 0;

  async function loadMore() {
    if (!items || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await api.candidates.timeline({ id: candidateId, offset: items.length, limit: pageSize });
      setLoaded({ key, items: [...items, ...page.items], total: page.total });
    } catch (error) {
      setFailure({ key, error });
    } finally {
      setLoadingMore(false);
    }
  }

  useEffect(() => {
    if (!focus || !items || focused.current === focus) return;
    const element = document.getElementById(`timeline-${focus}`);
    if (!element) return;
    focused.current = focus;
    element.scrollIntoView({ block: 'center' });
    element.querySelector<HTMLElement>('.timeline-link')?.focus({ preventScroll: true });
  }, [focus, items]);

  const hrefOf = (item: TimelineItem) =>
    item.kind === 'interview'
      ? routeHref({ name: 'interview', id: item.id })
      : item.kind === 'note'
        ? routeHref({ name: 'candidate', id: candidateId, note: item.id })
        : routeHref({ name: 'candidate', id: candidateId, item: item.id });

  return (
    <section className="timeline-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Timeline
      </h2>
      {failure?.key === key && <ErrorAlert title="The timeline could not be loaded." error={failure.error} />}
      {!items && failure?.key !== key && <Loading label="Loading the timeline…" />}
      {items && items.length === 0 && <p className="empty-note">Nothing has happened yet.</p>}
      {items && items.length > 0 && (
        <ol className="timeline" aria-labelledby={titleId}>
          {items.map((item) => {
            const open = item.id === focus;
            return (
              <li
                key={`${item.kind}-${item.id}`}
                id={`timeline-${item.id}`}
                className="timeline-item"
                data-kind={item.kind}
                data-open={open || undefined}
              >
                <div className="timeline-meta">
                  <span className="timeline-kind">{kindLabels[item.kind]}</span>
                  <time dateTime={item.date} title={formatDate(item.date, true)}>
                    {formatDate(item.date, true)}
                  </time>
                </div>
                <a className="timeline-link" href={hrefOf(item)} aria-current={open ? 'location' : undefined}>
                  {item.title}
                </a>
                {item.snippet && !open && <p className="timeline-snippet">{item.snippet}</p>}
                {open && item.kind === 'note' && (
                  <TimelineNote noteId={item.id} interviewId={item.interviewId} fallback={item.snippet} />
                )}
                {open && item.kind === 'stageChange' && (
                  <p className="timeline-snippet">
                    {item.reason ? `Reason: ${item.reason}` : 'No reason was given.'}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {items && items.length < total && (
        <button
          type="button"
          className="button"
          aria-disabled={loadingMore || undefined}
          onClick={() => void loadMore()}
        >
          Show older ({(total - items.length).toLocaleString()} more)
        </button>
      )}
    </section>
  );
}
