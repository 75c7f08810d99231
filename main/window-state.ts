// The window opens where and as large as it was last closed. The state is a small JSON in
// the app's data folder; it is validated like any input (a hand-edited or truncated file
// must not open a window off-screen or 1 px wide) and written atomically.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowBounds } from './security.ts';

export const WINDOW_STATE_FILE = 'window-state.json';

/** Larger than any screen; a bigger number in the file is damage, not a preference. */
const MAX_SIDE = 16_384;
const coordinate = z.number().int().min(-MAX_SIDE).max(MAX_SIDE);

const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(MAX_SIDE),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(MAX_SIDE),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved state, or null when there is none or it is not valid (then defaults apply). */
export function readWindowState(file: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Writes through a temporary file and a rename, so a crash leaves the old file or the new one. */
export function writeWindowState(file: string, state: WindowState): void {
  const valid = windowStateSchema.parse(state);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(valid)}\n`);
  fs.renameSync(temporary, file);
}

/**
 * Where to open: the saved bounds when enough of the title bar is on a screen that exists
 * now (a monitor may have been unplugged), else the default size, centred by the OS.
 */
export function initialBounds(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowBounds {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE };
  const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  // The top 40 px are what the user drags the window by; 100 px of them must be reachable.
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 40 };
  const reachable = workAreas.some((area) => overlap(titleBar, area).width >= 100 && overlap(titleBar, area).height >= 20);
  // Off every screen: keep the size, let the OS place it.
  return reachable ? bounds : { width: saved.width, height: saved.height };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** What a window must offer to be remembered; Electron's BrowserWindow fits. */
export interface TrackableWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's state when it closes (its normal bounds, so an un-maximize restores them). */
export function rememberWindowState(window: TrackableWindow, file: string, log: (message: string) => void): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    const state = {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: window.isMaximized(),
    };
    try {
      // A state the schema refuses (a window smaller than the minimum) is simply not saved.
      if (windowStateSchema.safeParse(state).success) writeWindowState(file, state);
    } catch (error) {
      log(`Cadence could not save the window position: ${String(error)}`);
    }
  });
}
