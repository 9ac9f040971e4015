/** A saved search as stored: its count is worked out by search, not kept. */
export type SavedSearchRow = {
  id: string;
  name: string;
  query: string;
  createdAt: string;
  updatedAt: string;
};
