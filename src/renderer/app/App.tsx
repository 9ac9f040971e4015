import { Suspense, useEffect, useRef } from 'react';
import { callPresence } from '../lib/callPresence.ts';
import { useStoreSelector } from '../lib/useStoreSelector.ts';
import type { Navigate } from '../lib/Navigate.ts';
import type { Route } from '../lib/Route.ts';
import { ScreenLoading } from '../ui/ScreenLoading.tsx';
import { StatusProvider } from '../ui/StatusProvider.tsx';
import { DatabaseGate } from './DatabaseGate.tsx';
import { lazyScreen } from './lazyScreen.ts';
import { NotFoundScreen } from './NotFoundScreen.tsx';
import { Sidebar } from './Sidebar.tsx';
import { TodayScreen } from '../today/TodayScreen.tsx';
import { useOverdueFollowUps } from './useOverdueFollowUps.ts';
import { useHashRoute } from './useHashRoute.ts';
import './App.css';

// The first screen (Today) is in the first chunk; every other screen loads when first shown, so tiptap, the
// call layer, the virtual list and the kit editor cost nothing at start.
const CandidatesScreen = lazyScreen(() =>
  import('../candidates/CandidatesScreen.tsx').then((module) => module.CandidatesScreen),
);
const FeedbackScreen = lazyScreen(() =>
  import('../feedback/FeedbackScreen.tsx').then((module) => module.FeedbackScreen),
);
const ProfileScreen = lazyScreen(() =>
  import('../profile/ProfileScreen.tsx').then((module) => module.ProfileScreen),
);
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
const BackupsScreen = lazyScreen(() =>
  import('../settings/BackupsScreen.tsx').then((module) => module.BackupsScreen),
);
const InterviewScreen = lazyScreen(() =>
  import('../interviews/InterviewScreen.tsx').then((module) => module.InterviewScreen),
);
const InterviewPrintScreen = lazyScreen(() =>
  import('../interviews/InterviewPrintScreen.tsx').then((module) => module.InterviewPrintScreen),
);
// Loaded once a call opens (the interview screen has loaded the call layer by then), never at start.
const CallDock = lazyScreen(() => import('../liveCall/CallDock.tsx').then((module) => module.CallDock));
const KitsScreen = lazyScreen(() => import('../kits/KitsScreen.tsx').then((module) => module.KitsScreen));
const KitEditorScreen = lazyScreen(() =>
  import('../kits/KitEditorScreen.tsx').then((module) => module.KitEditorScreen),
);

function Screen({ route, navigate }: { route: Route; navigate: Navigate }) {
  switch (route.name) {
    case 'today':
      return <TodayScreen navigate={navigate} />;
    case 'feedback':
      return <FeedbackScreen key={route.id} id={route.id} navigate={navigate} />;
    case 'profileSettings':
      return <ProfileScreen />;
    case 'candidates':
      return <CandidatesScreen navigate={navigate} search={route.search} />;
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
    case 'backupSettings':
      return <BackupsScreen />;
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
  const overdue = useOverdueFollowUps(route.name);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const routeKey = JSON.stringify(route);
  const callOpen = useStoreSelector(callPresence);

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
      <DatabaseGate>
        <div className="shell">
          <Sidebar route={route} overdue={overdue} />
          <main ref={main} className="main" tabIndex={-1}>
            <Suspense fallback={<ScreenLoading />}>
              <Screen route={route} navigate={navigate} />
            </Suspense>
          </main>
          {callOpen && (
            <Suspense fallback={null}>
              <CallDock route={route} />
            </Suspense>
          )}
        </div>
      </DatabaseGate>
    </StatusProvider>
  );
}
