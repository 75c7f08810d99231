import clsx from 'clsx';
import { Eye, EyeOff, Keyboard } from 'lucide-react';
import { NavLink } from 'react-router';
import { Kbd } from '../components/Kbd.tsx';
import { useSettings } from '../stores/settings.ts';
import { useUi } from '../stores/ui.ts';
import { AREAS } from './areas.ts';
import { arriveAt } from './arrival.ts';
import { QuickFind } from './QuickFind.tsx';

export function Sidebar() {
  const businessName = useSettings((state) => state.settings?.businessName ?? '');
  const privacy = useUi((state) => state.privacy);
  const togglePrivacy = useUi((state) => state.togglePrivacy);
  const openShortcuts = useUi((state) => state.setShortcutsOpen);

  return (
    <aside className="sidebar">
      <div className="sidebar__workspace">
        <span className="sidebar__mark" aria-hidden="true">
          {(businessName.trim()[0] ?? 'C').toUpperCase()}
        </span>
        <span className="sidebar__workspace-text">
          <span className="sidebar__business">{businessName.trim() || 'Your practice'}</span>
          <span className="sidebar__app">Cadence</span>
        </span>
      </div>
      <QuickFind />
      <nav aria-label="Areas" className="sidebar__nav">
        {AREAS.map((area) => (
          <NavLink
            key={area.id}
            to={area.path}
            end={area.path === '/'}
            onClick={() => arriveAt(area.path)}
            className={({ isActive }) => clsx('sidebar__link', isActive && 'sidebar__link--active')}
          >
            <area.icon size={16} aria-hidden="true" />
            <span>{area.label}</span>
            <span className="sidebar__link-keys" aria-hidden="true">
              G {area.goKey.toUpperCase()}
            </span>
          </NavLink>
        ))}
      </nav>
      <div className="sidebar__footer">
        <button type="button" className="sidebar__tool" aria-pressed={privacy} onClick={togglePrivacy}>
          {privacy ? <EyeOff size={16} aria-hidden="true" /> : <Eye size={16} aria-hidden="true" />}
          <span>Privacy mode</span>
          <Kbd keys="shift+p" hint />
        </button>
        <button type="button" className="sidebar__tool" onClick={() => openShortcuts(true)}>
          <Keyboard size={16} aria-hidden="true" />
          <span>Shortcuts</span>
          <Kbd keys="?" hint />
        </button>
      </div>
    </aside>
  );
}
