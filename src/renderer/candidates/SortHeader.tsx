import type { CandidateListQuery } from './CandidateListQuery.ts';

/**
 * A column header that sorts the list: a button inside the header cell (so it is reachable and announced), and
 * aria-sort on the cell while the list is in that order. Each order has one direction, as the index serves it.
 */
export function SortHeader({
  label,
  order,
  direction,
  sort,
  onSort,
  className,
}: {
  label: string;
  order: CandidateListQuery['sort'];
  direction: 'ascending' | 'descending';
  sort: CandidateListQuery['sort'];
  onSort: (sort: CandidateListQuery['sort']) => void;
  className?: string;
}) {
  const active = sort === order;
  return (
    <th scope="col" className={className} aria-sort={active ? direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(order)}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
