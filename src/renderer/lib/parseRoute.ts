import type { Route } from './Route.ts';

/** Turns `#/candidates/<id>/edit` and friends into a Route; an empty hash (and `#/`) is Today, where the app opens. */
export function parseRoute(hash: string): Route {
  const address = hash.replace(/^#/, '');
  const queryStart = address.indexOf('?');
  const path = queryStart === -1 ? address : address.slice(0, queryStart);
  const parameters = new URLSearchParams(queryStart === -1 ? '' : address.slice(queryStart + 1));
  const parts = path.split('/').filter((part) => part !== '');
  const [section, id, action] = parts;
  if (parts.length === 0) return { name: 'today' };
  if (section === 'today' && parts.length === 1) return { name: 'today' };
  if (section === 'settings' && id === 'profile' && parts.length === 2) return { name: 'profileSettings' };
  if (section === 'feedback' && id !== undefined && parts.length === 2) {
    const decoded = safeDecode(id);
    if (decoded !== null) return { name: 'feedback', id: decoded };
  }
  if (section === 'candidates') {
    if (id === undefined) {
      const search = parameters.get('q') ?? '';
      return search.trim() === '' ? { name: 'candidates' } : { name: 'candidates', search };
    }
    if (id === 'new' && action === undefined) return { name: 'newCandidate' };
    const decoded = safeDecode(id);
    if (decoded !== null && action === undefined) return { name: 'candidate', id: decoded };
    const focus = parts[3] === undefined ? null : safeDecode(parts[3]);
    if (
      decoded !== null &&
      focus !== null &&
      parts.length === 4 &&
      (action === 'notes' || action === 'timeline')
    ) {
      return action === 'notes'
        ? { name: 'candidate', id: decoded, note: focus }
        : { name: 'candidate', id: decoded, item: focus };
    }
    if (decoded !== null && action === 'edit' && parts.length === 3)
      return { name: 'editCandidate', id: decoded };
  }
  if (section === 'trash' && parts.length === 1) return { name: 'trash' };
  if (section === 'settings' && parts.length === 1) return { name: 'settings' };
  if (section === 'settings' && id === 'stages' && parts.length === 2) return { name: 'stageSettings' };
  if (section === 'settings' && id === 'backups' && parts.length === 2) return { name: 'backupSettings' };
  if (section === 'import' && parts.length === 1) return { name: 'importCandidates' };
  if (section === 'interviews' && id !== undefined) {
    const decoded = safeDecode(id);
    if (decoded !== null && action === undefined) return { name: 'interview', id: decoded };
    if (decoded !== null && action === 'print' && parts.length === 3)
      return { name: 'interviewPrint', id: decoded };
  }
  if (section === 'kits') {
    if (id === undefined) return { name: 'kits' };
    if (id === 'new' && action === undefined) return { name: 'newKit' };
    const decoded = safeDecode(id);
    if (decoded !== null && action === undefined) return { name: 'kit', id: decoded };
  }
  return { name: 'notFound', path };
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
