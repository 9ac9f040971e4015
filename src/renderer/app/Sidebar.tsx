import { SearchLauncher } from '../search/SearchLauncher.tsx';
import { Icon, type IconName } from '../ui/Icon.tsx';
import type { Route } from '../lib/Route.ts';
import { routeHref } from '../lib/routeHref.ts';

type Section = {
  label: string;
  route: 'candidates' | 'kits' | 'trash' | 'settings';
  icon: IconName;
  covers: Route['name'][];
};

// Interviews and Settings join this list as their features land.
const sections: readonly Section[] = [
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
  { label: 'Settings', route: 'settings', icon: 'settings', covers: ['settings', 'stageSettings'] },
];

/** The app's main navigation; the section holding the current page is marked with aria-current. */
export function Sidebar({ route }: { route: Route }) {
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
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
