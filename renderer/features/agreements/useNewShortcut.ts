// `n` in Agreements starts a new agreement. The shell's `n` only knows Clients, so this
// listens in the capture phase (ahead of the shell's listener) while an Agreements screen
// is shown, with the shell's rules: not while typing, not while a dialog is open.
import { useEffect } from 'react';
import { isTypingTarget, keyStep } from '../../lib/shortcuts.ts';

export function useNewShortcut(run: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      if (keyStep(event) !== 'n' || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return;
      event.preventDefault();
      event.stopPropagation();
      run();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [run]);
}
