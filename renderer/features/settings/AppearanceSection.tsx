import { Kbd } from '../../components/Kbd.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { type ThemeChoice, useUi } from '../../stores/ui.ts';
import { SettingsSection } from './SettingsSection.tsx';

const THEMES = [
  { value: 'system', label: 'Match system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: ThemeChoice; label: string }[];

/** Preferences of this computer (kept in the browser's storage, not in the workspace). */
export function AppearanceSection() {
  const theme = useUi((state) => state.theme);
  const setTheme = useUi((state) => state.setTheme);
  const privacy = useUi((state) => state.privacy);
  const togglePrivacy = useUi((state) => state.togglePrivacy);
  return (
    <SettingsSection id="appearance" title="Appearance" description="These apply to this computer only.">
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Theme</h3>
          <p className="muted">Light, dark, or whatever your system is set to.</p>
        </div>
        <SegmentedControl label="Theme" value={theme} options={THEMES} onChange={setTheme} />
      </div>
      <div className="setting-row">
        <div className="setting-row__text">
          <h3>Privacy mode</h3>
          <p className="muted">
            Blurs client names, notes and amounts while you share your screen. Toggle it anywhere with <Kbd keys="shift+p" />.
          </p>
        </div>
        <label className="switch">
          {/* biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox with role=switch: the browser exposes its checked state, and ARIA in HTML says not to repeat it with aria-checked. */}
          <input type="checkbox" role="switch" checked={privacy} onChange={togglePrivacy} />
          <span>{privacy ? 'On' : 'Off'}</span>
        </label>
      </div>
    </SettingsSection>
  );
}
