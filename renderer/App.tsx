// The root: loads what every screen needs (workspace status and settings), keeps theme
// and privacy on <html>, and picks first run or the app.
import { type ComponentType, isValidElement, useEffect, useState } from 'react';
import { HashRouter, matchRoutes, Navigate, type RouteObject, useRoutes } from 'react-router';
import { Button } from './components/Button.tsx';
import { CalendarScreen } from './features/calendar/CalendarScreen.tsx';
import { loadClientForm } from './features/clients/NewClientDialog.tsx';
import { RecoveryScreen } from './features/recovery/RecoveryScreen.tsx';
import { useRecovery } from './features/recovery/recoveryStore.ts';
import { RevenueScreen } from './features/revenue/RevenueScreen.tsx';
import { prefetchToday, prefetchTodayCalls, TodayScreen } from './features/today/TodayScreen.tsx';
import { Welcome } from './features/welcome/Welcome.tsx';
import { warmFormats } from './lib/format.ts';
import { lazyComponent, preloadOf } from './lib/lazyComponent.tsx';
import { warmTimeZoneOptions } from './lib/options.ts';
import { AppShell } from './shell/AppShell.tsx';
import { arriveAt, currentAddress, setArrival } from './shell/arrival.ts';
import { useClients } from './stores/clients.ts';
import { startLiveUpdates } from './stores/live.ts';
import { useSettings } from './stores/settings.ts';
import { useStatus, type WorkspaceStatus } from './stores/status.ts';
import { useUi } from './stores/ui.ts';

// Today opens first and comes with the app; every other area loads later (see preloadAreas),
// so the first screen parses only what it shows.
function area<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  const component = lazyComponent(load, name);
  areaCode.push(component.preload);
  return component;
}

// A moment after the first screen is ready (its later cards are still drawing), every
// area's code (and the big parts two of them load in turn: the calendar and the revenue
// charts) loads in idle time while the coach reads it, so opening an area later waits for
// its data only.
const areaCode: (() => Promise<unknown>)[] = [CalendarScreen.preload, RevenueScreen.preload, loadClientForm];
const PRELOAD_AFTER_MS = 2_000;
let preloaded = false;

function preloadAreas(): void {
  if (preloaded) return;
  preloaded = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  setTimeout(() => {
    idle(() => {
      for (const load of areaCode) void load().catch(() => undefined); // opening the area reports a failure
    });
  }, PRELOAD_AFTER_MS);
}

const AgreementPage = area(() => import('./features/agreements/AgreementPage.tsx'), 'AgreementPage');
const AgreementsScreen = area(() => import('./features/agreements/AgreementsScreen.tsx'), 'AgreementsScreen');
const NewAgreementScreen = area(() => import('./features/agreements/NewAgreementScreen.tsx'), 'NewAgreementScreen');
const DiffScreen = area(() => import('./features/agreements/view/DiffScreen.tsx'), 'DiffScreen');
const NotesScreen = area(() => import('./features/calendar/NotesScreen.tsx'), 'NotesScreen');
const ClientPage = area(() => import('./features/clients/ClientPage.tsx'), 'ClientPage');
const ClientsScreen = area(() => import('./features/clients/ClientsScreen.tsx'), 'ClientsScreen');
const InvoicePage = area(() => import('./features/invoices/InvoicePage.tsx'), 'InvoicePage');
const InvoicesScreen = area(() => import('./features/invoices/InvoicesScreen.tsx'), 'InvoicesScreen');
const SettingsScreen = area(() => import('./features/settings/SettingsScreen.tsx'), 'SettingsScreen');

const ROUTES: RouteObject[] = [
  { path: '/', element: <TodayScreen /> },
  { path: '/clients', element: <ClientsScreen /> },
  { path: '/clients/:clientId', element: <ClientPage /> },
  { path: '/agreements', element: <AgreementsScreen /> },
  { path: '/agreements/new', element: <NewAgreementScreen /> },
  { path: '/agreements/:agreementId', element: <AgreementPage /> },
  { path: '/agreements/:agreementId/amend', element: <AgreementPage amend /> },
  { path: '/agreements/:agreementId/versions/:version', element: <DiffScreen /> },
  { path: '/calendar', element: <CalendarScreen /> },
  { path: '/calendar/notes', element: <NotesScreen /> },
  { path: '/invoices', element: <InvoicesScreen /> },
  { path: '/invoices/:invoiceId', element: <InvoicePage /> },
  { path: '/revenue', element: <RevenueScreen /> },
  { path: '/settings', element: <SettingsScreen /> },
  { path: '*', element: <Navigate to="/" replace /> },
];

function Screens() {
  return useRoutes(ROUTES);
}

function useRootClasses(): void {
  const theme = useUi((state) => state.theme);
  const privacy = useUi((state) => state.privacy);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.classList.toggle('privacy', privacy);
  }, [privacy]);
}

function openingRoute(): string {
  return currentAddress().split('?')[0] || '/';
}

/** A screen that starts its own reads on arrival, before it renders (RevenueScreen). */
interface Arriving {
  arrive?: (search: URLSearchParams) => void;
}

/** The screen component the routes give for a path, if any. */
function screenAt(path: string): unknown {
  const element = matchRoutes(ROUTES, path || '/')?.at(-1)?.route.element;
  return isValidElement(element) ? element.type : null;
}

/** The code and first reads of the screen at `to`, started now (see shell/arrival.ts). */
function startArrival(to: string): void {
  const [path = '/', query = ''] = to.split('?');
  const screen = screenAt(path);
  void preloadOf(screen)?.().catch(() => undefined); // the screen reports a failure
  (screen as Arriving | null)?.arrive?.(new URLSearchParams(query));
}

function loadEverything(arrived?: (status: WorkspaceStatus) => void): void {
  void useSettings.getState().load();
  void useStatus.getState().load(arrived);
}

let opening = false;
let openingCode: Promise<unknown> = Promise.resolve();

/** Whether the opening screen's code has arrived (or failed: its screen then says so). */
function useOpeningCode(): boolean {
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    let mounted = true;
    void openingCode.catch(() => undefined).then(() => mounted && setArrived(true));
    return () => {
      mounted = false;
    };
  }, []);
  return arrived;
}

/**
 * The app's first reads, sent once, before React's first render (main.tsx), so the core
 * answers while the page draws its frame: the status and settings every screen needs, then
 * the reads of the screen the app opens on (and its code), instead of after them.
 */
export function startOpening(): void {
  if (opening) return;
  opening = true;
  const route = openingRoute();
  // Registered before the router's own listener, so a screen's reads go out before it renders.
  setArrival(startArrival);
  window.addEventListener('popstate', () => arriveAt(currentAddress()));
  // Today's calls need the coach's date, which comes with the status; Today shows unless this
  // is a first run (the welcome) or a recovery.
  loadEverything((status) => {
    if (route === '/' && !status.recovery && (status.onboarded || !status.empty)) prefetchTodayCalls(status.today);
  });
  // Its other reads go out behind the status: on a first run or a recovery they are a few
  // cheap reads nobody takes.
  if (route === '/') prefetchToday();
  if (route === '/clients') void useClients.getState().load();
  // The screen's code, if it is not Today's: the app keeps its opening view until the code
  // is in, rather than showing an empty shell first.
  openingCode = preloadOf(screenAt(route))?.() ?? Promise.resolve();
  // While the reads are out: the page is idle until they come back.
  setTimeout(warmFormats, 0);
}

export function App() {
  useRootClasses();
  // A subscription, not state: the app itself must not render again when a screen is ready.
  useEffect(
    () =>
      useUi.subscribe((state) => {
        if (state.screenReady) preloadAreas();
      }),
    [],
  );
  const status = useStatus((state) => state.status);
  const statusError = useStatus((state) => state.error);
  const settings = useSettings((state) => state.settings);
  const settingsError = useSettings((state) => state.error);
  const recoveryHandled = useRecovery((state) => state.handled);
  const codeArrived = useOpeningCode();

  useEffect(() => {
    const stop = startLiveUpdates();
    startOpening();
    // After the first screen: the zone pickers' list is made while nothing else happens.
    const warm = setTimeout(warmTimeZoneOptions, 2_000);
    return () => {
      clearTimeout(warm);
      stop();
    };
  }, []);

  const error = statusError ?? settingsError;
  if (!status || !settings || !codeArrived) {
    return (
      <main className="boot" data-ready="false">
        {error ? (
          <div className="boot__problem" role="alert">
            <p>{error.message}</p>
            <Button variant="primary" onClick={() => loadEverything()}>
              Try again
            </Button>
          </div>
        ) : (
          <p className="muted">Opening your workspace…</p>
        )}
      </main>
    );
  }

  // A damaged workspace file was moved aside at open: offer the newest backup before anything else.
  if (status.recovery && recoveryHandled !== status.recovery.damagedFile)
    return <RecoveryScreen recovery={status.recovery} timeZone={settings.timeZone} />;
  if (!status.onboarded && status.empty) return <Welcome />;

  return (
    <HashRouter>
      <AppShell>
        <Screens />
      </AppShell>
    </HashRouter>
  );
}
