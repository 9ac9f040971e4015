import type { Candidate } from '../../shared/schemas/candidate.ts';
import { formatDate } from '../lib/formatDate.ts';
import { Icon } from '../ui/Icon.tsx';
import { NotSet } from '../ui/NotSet.tsx';

type Props = {
  candidates: readonly Candidate[];
  labelledBy: string;
  busyId: string | null;
  onRestore: (candidate: Candidate) => void;
  onDelete: (candidate: Candidate) => void;
};

/** Trashed candidates with per-row actions whose names say whom they act on ("Restore Ada Lovelace"). */
export function TrashList({ candidates, labelledBy, busyId, onRestore, onDelete }: Props) {
  return (
    <div className="table-frame">
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col" className="cell-date">
              Moved to Trash
            </th>
            <th scope="col" className="cell-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.id}>
              <th scope="row" className="cell-name">
                {candidate.name}
                {candidate.email && <span className="cell-sub">{candidate.email}</span>}
              </th>
              <td>{candidate.role ?? <NotSet />}</td>
              <td className="cell-date">
                {candidate.deletedAt && (
                  <time dateTime={candidate.deletedAt} title={formatDate(candidate.deletedAt, true)}>
                    {formatDate(candidate.deletedAt)}
                  </time>
                )}
              </td>
              <td className="cell-actions">
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Restore ${candidate.name}`}
                    aria-disabled={busyId === candidate.id || undefined}
                    onClick={() => onRestore(candidate)}
                  >
                    <Icon name="restore" />
                    Restore
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    aria-label={`Delete forever: ${candidate.name}`}
                    aria-disabled={busyId === candidate.id || undefined}
                    onClick={() => onDelete(candidate)}
                  >
                    Delete forever
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
