import { useScreenReady } from '../../shell/useScreenReady.ts';
import { useSettings } from '../../stores/settings.ts';
import { AppearanceSection } from './AppearanceSection.tsx';
import { BusinessSection } from './BusinessSection.tsx';
import { BackupsSection } from './backups/BackupsSection.tsx';
import { CallRemindersSection } from './CallRemindersSection.tsx';
import { CsvSection } from './csv/CsvSection.tsx';
import { DataSection } from './DataSection.tsx';
import { DefaultsSection } from './DefaultsSection.tsx';
import { RegionSection } from './RegionSection.tsx';
import { WorkingHoursSection } from './WorkingHoursSection.tsx';

export function SettingsScreen() {
  const settings = useSettings((state) => state.settings);
  useScreenReady(settings !== null);
  if (!settings) return null;
  return (
    <div className="screen screen--page">
      <div className="page page--narrow">
        <header className="screen__header screen__header--page">
          <h1>Settings</h1>
        </header>
        <BusinessSection settings={settings} />
        <RegionSection settings={settings} />
        <DefaultsSection settings={settings} />
        <WorkingHoursSection settings={settings} />
        <CallRemindersSection settings={settings} />
        <AppearanceSection />
        <DataSection />
        <BackupsSection settings={settings} />
        <CsvSection timeZone={settings.timeZone} />
      </div>
    </div>
  );
}
