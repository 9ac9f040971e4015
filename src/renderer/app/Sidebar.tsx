import { SavedSearches } from '../search/SavedSearches.tsx';
import { SearchLauncher } from '../search/SearchLauncher.tsx';
import { Icon, type IconName } from '../ui/Icon.tsx';
import type { Route } from '../lib/Route.ts';
import { routeHref } from '../lib/routeHref.ts';

type Section = {
  label: string;
  route: 'today' | 'candidates' | 'kits' | 'trash' | 'settings';
  icon: IconName;
  covers: Route['name'][];
};

// Interviews and Settings join this list as their features land.
const sections: readonly Section[] = [
  { label: 'Today', route: 'today', icon: 'today', covers: ['today', 'feedback'] },
  {
    label: 'Candidates',
    route: 'candidates',
    icon: 'people',
    covers: [
      'candidates',
      'newCandidate',
      'candidate',
      'editCandidate',
      'interview',
      'interviewPrint',
      'importCandidates',
    ],
  },
  { label: 'Interview kits', route: 'kits', icon: 'kit', covers: ['kits', 'newKit', 'kit'] },
  { label: 'Trash', route: 'trash', icon: 'trash', covers: ['trash'] },
  {
    label: 'Settings',
    route: 'settings',
    icon: 'settings',
    covers: ['settings', 'stageSettings', 'backupSettings', 'profileSettings'],
  },
];

/** The app's main navigation and the saved searches; the current page is marked with aria-current. */
export function Sidebar({ route, overdue = 0 }: { route: Route; overdue?: number }) {
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-name">Rapport</span>
      </div>
      <SearchLauncher />
      <nav aria-label="Main">
        <ul className="nav-list">
          {sections.map((section) => (
            <li key={section.route}>
              <a
                className="nav-link"
                href={routeHref({ name: section.route })}
                aria-current={section.covers.includes(route.name) ? 'page' : undefined}
              >
                <Icon name={section.icon} />
                {section.label}
                {section.route === 'today' && overdue > 0 && (
                  <span className="nav-badge">
                    {overdue}
                    <span className="visually-hidden">
                      {' '}
                      overdue {overdue === 1 ? 'follow-up' : 'follow-ups'}
                    </span>
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SavedSearches route={route} />
    </aside>
  );
}
