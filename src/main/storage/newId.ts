import { v7 } from 'uuid';

/** UUIDv7: random enough to merge databases later, and sorts by creation time. */
export function newId(): string {
  return v7();
}
