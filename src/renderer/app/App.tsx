import { useEffect, useRef } from 'react';
import { CandidateScreen } from '../candidates/CandidateScreen.tsx';
import { CandidatesScreen } from '../candidates/CandidatesScreen.tsx';
import { EditCandidateScreen } from '../candidates/EditCandidateScreen.tsx';
import { NewCandidateScreen } from '../candidates/NewCandidateScreen.tsx';
import { TrashScreen } from '../trash/TrashScreen.tsx';
import { ImportScreen } from '../import/ImportScreen.tsx';
import { StagesScreen } from '../settings/StagesScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { InterviewPrintScreen } from '../interviews/InterviewPrintScreen.tsx';
import { InterviewScreen } from '../interviews/InterviewScreen.tsx';
import { KitEditorScreen } from '../kits/KitEditorScreen.tsx';
import { KitsScreen } from '../kits/KitsScreen.tsx';
import { StatusProvider } from '../ui/StatusProvider.tsx';
import { NotFoundScreen } from './NotFoundScreen.tsx';
import type { Route } from '../lib/Route.ts';
import { Sidebar } from './Sidebar.tsx';
import { useHashRoute, type Navigate } from './useHashRoute.ts';
import './App.css';

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
          <Screen route={route} navigate={navigate} />
        </main>
      </div>
    </StatusProvider>
  );
}
