// The app-wide shortcuts, as one list: the keydown listener runs it and the shortcut sheet
// shows it, so the two cannot disagree.
import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { createShortcutHandler, type Shortcut } from '../lib/shortcuts.ts';
import { useUi } from '../stores/ui.ts';
import { AREAS, areaOf } from './areas.ts';
import { arriveAt } from './arrival.ts';

export const GLOBAL_SEARCH_ID = 'global-search';

export function useShortcutList(): Shortcut[] {
  const navigate = useNavigate();
  const location = useLocation();
  return useMemo(() => {
    const ui = useUi.getState();
    const list: Shortcut[] = [];
    AREAS.forEach((area, index) => {
      const go = () => {
        arriveAt(area.path);
        navigate(area.path);
      };
      list.push({ keys: `g ${area.goKey}`, description: `Go to ${area.label}`, group: 'Go to', run: go });
      list.push({ keys: `mod+${index + 1}`, description: `Go to ${area.label}`, group: 'Go to', run: go });
    });
    list.push({
      keys: '/',
      description: 'Search clients',
      group: 'Anywhere',
      run: () => document.getElementById(GLOBAL_SEARCH_ID)?.focus(),
    });
    // `n` creates in the area you are in; areas without a "new" leave it alone.
    const area = areaOf(location.pathname);
    const createHere: Record<string, () => void> = { clients: () => ui.setNewClientOpen(true) };
    list.push({
      keys: 'n',
      description: 'New in this area (a client, in Clients)',
      group: 'Anywhere',
      run: () => createHere[area?.id ?? '']?.(),
    });
    list.push({
      keys: 'shift+p',
      description: 'Privacy mode: blur names, notes and amounts',
      group: 'Anywhere',
      run: () => useUi.getState().togglePrivacy(),
    });
    list.push({ keys: '?', description: 'Show keyboard shortcuts', group: 'Anywhere', run: () => ui.setShortcutsOpen(true) });
    return list;
  }, [navigate, location.pathname]);
}

/** Installs the keydown listener for the shortcut list. */
export function useGlobalShortcuts(shortcuts: Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const handler = createShortcutHandler(() => current.current, {
      // A modal dialog owns the keyboard while it is open.
      enabled: () => !document.querySelector('[role="dialog"], [role="alertdialog"]'),
    });
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, []);
}
