import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { Banner } from '../components/Banner.tsx';
import { Toaster } from '../components/Toaster.tsx';
import { NewClientDialog } from '../features/clients/NewClientDialog.tsx';
import { useStatus } from '../stores/status.ts';
import { useUi } from '../stores/ui.ts';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { Sidebar } from './Sidebar.tsx';
import { useGlobalShortcuts, useShortcutList } from './useGlobalShortcuts.ts';
import { useMenuCommands } from './useMenuCommands.ts';

/** The main region, marked ready by its screen: only it draws again when that changes. */
function Main({ children }: { children: ReactNode }) {
  const ready = useUi((state) => state.screenReady);
  return (
    <main id="main" className="app__main" tabIndex={-1} data-ready={ready ? 'true' : 'false'}>
      {children}
    </main>
  );
}

/** The frame around every screen: sidebar, read-only banner, the main region, global dialogs. */
export function AppShell({ children }: { children: ReactNode }) {
  const readOnlyReason = useStatus((state) => state.status?.readOnlyReason ?? null);
  const shortcuts = useShortcutList();
  useGlobalShortcuts(shortcuts);
  useMenuCommands();

  return (
    <div className="app">
      {/* biome-ignore lint/a11y/useValidAnchor: the skip link is a link to #main, as assistive technology expects; the click only moves focus itself because hash routing owns the address. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Hash routing owns the address bar; move focus instead of navigating.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar />
      <div className="app__content">
        {readOnlyReason && (
          <Banner tone="warning" icon={<TriangleAlert size={16} />}>
            Read-only: {readOnlyReason}
          </Banner>
        )}
        <Main>{children}</Main>
      </div>
      <NewClientDialog />
      <ShortcutSheet shortcuts={shortcuts} />
      <Toaster />
    </div>
  );
}
