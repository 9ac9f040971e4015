import type { Route } from './Route.ts';

/** The `#/…` address of a route, so links and navigation never build hashes by hand. */
export function routeHref(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'today':
      return '#/';
    case 'profileSettings':
      return '#/settings/profile';
    case 'feedback':
      return `#/feedback/${encodeURIComponent(route.id)}`;
    case 'candidates':
      return route.search === undefined || route.search.trim() === ''
        ? '#/candidates'
        : `#/candidates?${new URLSearchParams({ q: route.search }).toString()}`;
    case 'newCandidate':
      return '#/candidates/new';
    case 'candidate':
      if (route.note !== undefined) {
        return `#/candidates/${encodeURIComponent(route.id)}/notes/${encodeURIComponent(route.note)}`;
      }
      if (route.item !== undefined) {
        return `#/candidates/${encodeURIComponent(route.id)}/timeline/${encodeURIComponent(route.item)}`;
      }
      return `#/candidates/${encodeURIComponent(route.id)}`;
    case 'editCandidate':
      return `#/candidates/${encodeURIComponent(route.id)}/edit`;
    case 'trash':
      return '#/trash';
    case 'importCandidates':
      return '#/import';
    case 'stageSettings':
      return '#/settings/stages';
    case 'settings':
      return '#/settings';
    case 'backupSettings':
      return '#/settings/backups';
    case 'interview':
      return `#/interviews/${encodeURIComponent(route.id)}`;
    case 'interviewPrint':
      return `#/interviews/${encodeURIComponent(route.id)}/print`;
    case 'kits':
      return '#/kits';
    case 'newKit':
      return '#/kits/new';
    case 'kit':
      return `#/kits/${encodeURIComponent(route.id)}`;
  }
}
