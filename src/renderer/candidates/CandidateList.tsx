import type { MouseEvent } from 'react';
import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Stage } from '../../shared/schemas/stage.ts';
import { routeHref } from '../app/routeHref.ts';
import type { Navigate } from '../app/useHashRoute.ts';
import { NotSet } from '../ui/NotSet.tsx';
import { StageBadge } from './StageBadge.tsx';
import { formatDate } from './formatDate.ts';

type Props = {
  candidates: readonly Candidate[];
  stagesById: ReadonlyMap<string, Stage>;
  /** Names the table for assistive tech, e.g. the id of the heading above it. */
  labelledBy: string;
  navigate: Navigate;
};

/**
 * Only renders rows it is given: loading, paging and (later) virtualization live outside. The name link is
 * the keyboard path (Tab to it, Enter opens); a click anywhere on the row is a mouse shortcut to the same.
 */
export function CandidateList({ candidates, stagesById, labelledBy, navigate }: Props) {
  function openFromRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if ((event.target as HTMLElement).closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    navigate({ name: 'candidate', id });
  }

  return (
    <div className="table-frame">
      <table className="table candidate-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Stage</th>
            <th scope="col">Location</th>
            <th scope="col" className="cell-date">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.id} className="row-link" onClick={(event) => openFromRow(event, candidate.id)}>
              <th scope="row" className="cell-name">
                <a href={routeHref({ name: 'candidate', id: candidate.id })}>{candidate.name}</a>
                {candidate.email && <span className="cell-sub">{candidate.email}</span>}
              </th>
              <td>{candidate.role ?? <NotSet />}</td>
              <td>
                <StageBadge stage={stagesById.get(candidate.stageId)} fallbackId={candidate.stageId} />
              </td>
              <td>{candidate.location ?? <NotSet />}</td>
              <td className="cell-date">
                <time dateTime={candidate.updatedAt} title={formatDate(candidate.updatedAt, true)}>
                  {formatDate(candidate.updatedAt)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
