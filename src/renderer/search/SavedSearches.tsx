import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch } from '../../shared/schemas/savedSearch.ts';
import { api } from '../api/api.ts';
import type { Route } from '../lib/Route.ts';
import { routeHref } from '../lib/routeHref.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { describeError } from '../ui/describeError.ts';
import { Icon } from '../ui/Icon.tsx';
import { useAnnounce } from '../ui/useAnnounce.ts';
import { SaveSearchForm } from './SaveSearchForm.tsx';
import './savedSearches.css';

/**
 * The sidebar's saved searches: each a link to the list with its query, and how many candidates it matches now,
 * counted again on every navigation and whenever the window comes back into focus. The search the list shows can
 * be saved from here.
 */
export function SavedSearches({ route }: { route: Route }) {
  const [items, setItems] = useState<SavedSearch[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const [deleteFailure, setDeleteFailure] = useState<string | null>(null);
  const announce = useAnnounce();
  const routeKey = JSON.stringify(route);

  const load = useCallback(() => {
    api.savedSearches.list({}).then(
      (answer) => {
        setItems(answer.items);
        setFailure(null);
      },
      (error: unknown) => setFailure(describeError(error)),
    );
  }, []);

  useEffect(() => load(), [load, routeKey]);
  useEffect(() => {
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [load]);

  const search = route.name === 'candidates' ? (route.search?.trim() ?? '') : '';
  const current = items?.find((item) => item.query === search);

  async function remove(item: SavedSearch) {
    try {
      await api.savedSearches.delete({ id: item.id });
      setDeleting(null);
      announce(`Deleted the saved search “${item.name}”.`);
      load();
    } catch (error) {
      setDeleteFailure(describeError(error));
    }
  }

  return (
    <nav className="saved-searches" aria-labelledby="saved-searches-title">
      <h2 id="saved-searches-title" className="saved-searches-title">
        Saved searches
      </h2>
      {failure && <p className="saved-searches-note">Saved searches could not be loaded: {failure}</p>}
      {items?.length === 0 && (
        <p className="saved-searches-note">Search the list, then save the search here.</p>
      )}
      {items && items.length > 0 && (
        <ul className="nav-list">
          {items.map((item) => (
            <li key={item.id} className="saved-search">
              <a
                className="nav-link saved-search-link"
                href={routeHref({ name: 'candidates', search: item.query })}
                aria-current={current?.id === item.id ? 'page' : undefined}
                title={item.query}
              >
                <span className="saved-search-name">{item.name}</span>
                <span className="saved-search-count">
                  {item.count.toLocaleString()}
                  <span className="visually-hidden"> {item.count === 1 ? 'candidate' : 'candidates'}</span>
                </span>
              </a>
              <button
                type="button"
                className="saved-search-delete"
                aria-label={`Delete the saved search “${item.name}”`}
                onClick={() => {
                  setDeleteFailure(null);
                  setDeleting(item);
                }}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {search !== '' && items && !current && <SaveSearchForm key={search} query={search} onSaved={load} />}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the saved search “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete saved search"
        destructive
        error={deleteFailure}
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(null)}
      >
        Its query goes; no candidate is touched.
      </ConfirmDialog>
    </nav>
  );
}
