import os from 'node:os';
import path from 'node:path';

/**
 * The desktop app's data folder, as Electron's app.getPath('userData') gives it for the
 * product name "Cadence", so the CLI and the app open the same workspace by default.
 */
export function appDataFolder(platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Cadence');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Cadence');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Cadence');
}

/** `--db`, else CADENCE_DB, else the desktop app's database. */
export function resolveDbPath(flag: string | undefined, env = process.env): string {
  return flag ?? env.CADENCE_DB ?? path.join(appDataFolder(), 'cadence.db');
}

/**
 * A file shipped in assets/ (fonts, templates). The desktop app sets CADENCE_ASSETS to its
 * packaged folder, because bundling moves this module away from the project root.
 */
export function assetPath(...parts: string[]): string {
  return path.join(process.env.CADENCE_ASSETS ?? path.join(import.meta.dirname, '..', 'assets'), ...parts);
}
