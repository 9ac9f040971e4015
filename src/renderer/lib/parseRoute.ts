import type { Route } from './Route.ts';

/** Turns `#/candidates/<id>/edit` and friends into a Route; an empty hash is the candidate list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const parts = path.split('/').filter((part) => part !== '');
  const [section, id, action] = parts;
  if (parts.length === 0) return { name: 'candidates' };
  if (section === 'candidates') {
    if (id === undefined) return { name: 'candidates' };
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
