// `n` in this area starts generation. The shell's `n` only knows "new client" (its table of
// per-area actions lives in shell/useGlobalShortcuts.ts), so the screen listens itself, in
// the capture phase and with the shell's own rules: never while typing or with a dialog open.
import { useEffect, useRef } from 'react';
import { createShortcutHandler } from '../../lib/shortcuts.ts';

export function useCreateShortcut(run: () => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const handler = createShortcutHandler(
      () => [{ keys: 'n', description: 'Generate due invoices', group: 'Invoices', run: () => latest.current() }],
      {
        enabled: () => !document.querySelector('[role="dialog"], [role="alertdialog"]'),
      },
    );
    window.addEventListener('keydown', handler, { capture: true });
    return () => window.removeEventListener('keydown', handler, { capture: true });
  }, []);
}
