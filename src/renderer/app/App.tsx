import { Suspense, useEffect, useRef } from 'react';
import { CandidatesScreen } from '../candidates/CandidatesScreen.tsx';
import type { Navigate } from '../lib/Navigate.ts';
import type { Route } from '../lib/Route.ts';
import { ScreenLoading } from '../ui/ScreenLoading.tsx';
import { StatusProvider } from '../ui/StatusProvider.tsx';
import { lazyScreen } from './lazyScreen.ts';
import { NotFoundScreen } from './NotFoundScreen.tsx';
import { Sidebar } from './Sidebar.tsx';
import { useHashRoute } from './useHashRoute.ts';
import './App.css';

// The first screen (the candidate list) is in the first chunk; every other screen loads when first shown, so
// tiptap, the call layer and the kit editor cost nothing at start.
const CandidateScreen = lazyScreen(() =>
  import('../candidates/CandidateScreen.tsx').then((module) => module.CandidateScreen),
);
const EditCandidateScreen = lazyScreen(() =>
  import('../candidates/EditCandidateScreen.tsx').then((module) => module.EditCandidateScreen),
);
const NewCandidateScreen = lazyScreen(() =>
  import('../candidates/NewCandidateScreen.tsx').then((module) => module.NewCandidateScreen),
);
const TrashScreen = lazyScreen(() => import('../trash/TrashScreen.tsx').then((module) => module.TrashScreen));
const ImportScreen = lazyScreen(() =>
  import('../import/ImportScreen.tsx').then((module) => module.ImportScreen),
);
const StagesScreen = lazyScreen(() =>
  import('../settings/StagesScreen.tsx').then((module) => module.StagesScreen),
);
const SettingsScreen = lazyScreen(() =>
  import('../settings/SettingsScreen.tsx').then((module) => module.SettingsScreen),
);
const InterviewScreen = lazyScreen(() =>
  import('../interviews/InterviewScreen.tsx').then((module) => module.InterviewScreen),
);
const InterviewPrintScreen = lazyScreen(() =>
  import('../interviews/InterviewPrintScreen.tsx').then((module) => module.InterviewPrintScreen),
);
const KitsScreen = lazyScreen(() => import('../kits/KitsScreen.tsx').then((module) => module.KitsScreen));
const KitEditorScreen = lazyScreen(() =>
  import('../kits/KitEditorScreen.tsx').then((module) => module.KitEditorScreen),
);

function Screen({ route, navigate }: { route: Route; navigate: Navigate }) {
  switch (route.name) {
    case 'candidates':
      return <CandidatesScreen navigate={navigate} />;
    case 'newCandidate':
      return <NewCandidateScreen navigate={navigate} />;
    case 'candidate':
      return (
        <CandidateScreen
          key={route.id}
          id={route.id}
          focus={route.note ?? route.item ?? null}
          navigate={navigate}
        />
      );
    case 'editCandidate':
      return <EditCandidateScreen key={route.id} id={route.id} navigate={navigate} />;
    case 'trash':
      return <TrashScreen />;
    case 'importCandidates':
      return <ImportScreen navigate={navigate} />;
    case 'stageSettings':
      return <StagesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'interview':
      return <InterviewScreen key={route.id} id={route.id} navigate={navigate} />;
    case 'interviewPrint':
      return <InterviewPrintScreen key={route.id} id={route.id} />;
    case 'kits':
      return <KitsScreen navigate={navigate} />;
    case 'newKit':
      return <KitEditorScreen key="new" id={null} navigate={navigate} />;
    case 'kit':
      return <KitEditorScreen key={route.id} id={route.id} navigate={navigate} />;
    case 'notFound':
      return <NotFoundScreen path={route.path} />;
  }
}

/** The shell: sidebar navigation, the current screen in <main>, and the global status region. */
export function App() {
  const { route, navigate } = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const routeKey = JSON.stringify(route);

  // On navigation, tell screen-reader and keyboard users where they are, unless the new screen took focus.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const region = main.current;
    if (!region || region.contains(document.activeElement)) return;
    const heading = region.querySelector<HTMLElement>('h1[tabindex="-1"]');
    (heading ?? region).focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [routeKey]);

  return (
    <StatusProvider>
      <div className="shell">
        <Sidebar route={route} />
        <main ref={main} className="main" tabIndex={-1}>
          <Suspense fallback={<ScreenLoading />}>
            <Screen route={route} navigate={navigate} />
          </Suspense>
        </main>
      </div>
    </StatusProvider>
  );
}
