import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { CandidateListQuery } from './CandidateListQuery.ts';
import type { ListDensity } from './ListDensity.ts';
import { SortHeader } from './SortHeader.tsx';
import type { Stage } from '../../shared/schemas/stage.ts';
import { routeHref } from '../lib/routeHref.ts';
import type { Navigate } from '../lib/Navigate.ts';
import { NotSet } from '../ui/NotSet.tsx';
import { StageBadge } from './StageBadge.tsx';
import { formatDate } from '../lib/formatDate.ts';
import './candidateList.css';
import { WaitingSince } from './WaitingSince.tsx';

type Props = {
  total: number;
  rowAt: (index: number) => Candidate | undefined;
  want: (first: number, last: number) => void;
  /** Changes when new rows arrive, so waiting rows draw again. */
  version: number;
  stagesById: ReadonlyMap<string, Stage>;
  /** Names the table for assistive tech, e.g. the id of the heading above it. */
  labelledBy: string;
  navigate: Navigate;
  sort: CandidateListQuery['sort'];
  onSort: (sort: CandidateListQuery['sort']) => void;
  density: ListDensity;
  /** Ids of the rows ticked for a bulk action. */
  selected: ReadonlySet<string>;
  onToggle: (id: string, name: string) => void;
};

/** A row with a name and an email under it (or one line, compact); each drawn row is measured too. */
const rowHeights: Record<ListDensity, number> = { comfortable: 52, compact: 34 };
const columnCount = 7;
const pageKeys = 10;

/**
 * A real table that draws only the rows in view (plus a few), so 100,000 candidates scroll like 10. Spacer rows
 * above and below keep the scrollbar honest; aria-rowcount and aria-rowindex tell screen readers where they are.
 * Keyboard: one row link is in the Tab order at a time; arrows, Page Up/Down, Home and End move it, Enter opens.
 */
export function CandidateList({
  total,
  rowAt,
  want,
  version,
  stagesById,
  labelledBy,
  navigate,
  sort,
  onSort,
  density,
  selected,
  onToggle,
}: Props) {
  const rowHeight = rowHeights[density];
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  // The virtualizer re-renders this component itself on scroll; nothing here is memoized by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total > 0) want(first, last);
  }, [first, last, total, want, version]);

  // A filter change can leave the active row past the end.
  const activeIndex = Math.min(active, Math.max(0, total - 1));

  useEffect(() => {
    if (!focusActive.current) return;
    const link = scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a`);
    if (link) {
      focusActive.current = false;
      link.focus({ preventScroll: true });
    }
  });

  function move(to: number) {
    const target = Math.max(0, Math.min(total - 1, to));
    setActive(target);
    focusActive.current = true;
    // The focused row may scroll out and unmount before the target row is drawn: hold focus on the scroller
    // meanwhile, so the next key still lands here, then hand it to the row's link once it exists.
    if (!scroller.current?.querySelector(`[data-index="${target}"] a`))
      scroller.current?.focus({ preventScroll: true });
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  function handleKeys(event: KeyboardEvent<HTMLDivElement>) {
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: pageKeys,
      PageUp: -pageKeys,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(step === -Infinity ? 0 : step === Infinity ? total - 1 : activeIndex + step);
  }

  function openFromRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if ((event.target as HTMLElement).closest('a, button, input, label')) return;
    if (window.getSelection()?.toString()) return;
    navigate({ name: 'candidate', id });
  }

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scroller} className="table-frame candidate-scroller" tabIndex={-1} onKeyDown={handleKeys}>
      <table
        className="table candidate-table"
        data-density={density}
        aria-labelledby={labelledBy}
        aria-rowcount={total + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <SortHeader label="Name" order="name" direction="ascending" sort={sort} onSort={onSort} />
            <th scope="col">Role</th>
            <SortHeader label="Stage" order="stage" direction="ascending" sort={sort} onSort={onSort} />
            <th scope="col">Location</th>
            <SortHeader
              label="Updated"
              order="updated"
              direction="descending"
              sort={sort}
              onSort={onSort}
              className="cell-date"
            />
            <th scope="col" className="cell-date">
              Waiting since
            </th>
            <th scope="col" className="cell-select">
              <span className="visually-hidden">Selected</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const candidate = rowAt(item.index);
            if (!candidate) {
              return (
                <tr
                  key={`loading-${item.index}`}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className="row-loading"
                >
                  <td colSpan={columnCount}>
                    <span className="loading-bar" aria-hidden="true" />
                    <span className="visually-hidden">Loading…</span>
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={candidate.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className="row-link"
                data-active={item.index === activeIndex || undefined}
                onClick={(event) => openFromRow(event, candidate.id)}
              >
                <th scope="row" className="cell-name">
                  <a
                    href={routeHref({ name: 'candidate', id: candidate.id })}
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    onFocus={() => setActive(item.index)}
                  >
                    {candidate.name}
                  </a>
                  {candidate.email && <span className="cell-sub">{candidate.email}</span>}
                </th>
                <td className="cell-text">{candidate.role ?? <NotSet />}</td>
                <td>
                  <StageBadge stage={stagesById.get(candidate.stageId)} fallbackId={candidate.stageId} />
                </td>
                <td className="cell-text">{candidate.location ?? <NotSet />}</td>
                <td className="cell-date">
                  <time dateTime={candidate.updatedAt} title={formatDate(candidate.updatedAt, true)}>
                    {formatDate(candidate.updatedAt)}
                  </time>
                </td>
                <td className="cell-date">
                  <WaitingSince candidate={candidate} />
                </td>
                <td className="cell-select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${candidate.name}`}
                    checked={selected.has(candidate.id)}
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    onFocus={() => setActive(item.index)}
                    onChange={() => onToggle(candidate.id, candidate.name)}
                  />
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
