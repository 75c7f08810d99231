// The remembered window: a real JSON file in a temp folder, validated like any input, and
// never a window that opens where no screen is.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialBounds, type Rectangle, readWindowState, rememberWindowState, writeWindowState } from '../../main/window-state.ts';
import { tempDir } from './helpers.ts';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 900 };
const external: Rectangle = { x: 1440, y: 0, width: 2560, height: 1440 };
const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };

describe('window state file', () => {
  it('round-trips a valid state, written atomically (no temp file left)', () => {
    const dir = tempDir('cadence-window-');
    const file = path.join(dir, 'window-state.json');
    writeWindowState(file, saved);
    expect(readWindowState(file)).toEqual(saved);
    expect(fs.readdirSync(dir)).toEqual(['window-state.json']);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"x": 1,'],
    ['an array', '[1,2,3]'],
    ['too small to use', JSON.stringify({ ...saved, width: 200 })],
    ['absurdly large', JSON.stringify({ ...saved, height: 1e9 })],
    ['fractional', JSON.stringify({ ...saved, x: 10.5 })],
    ['a string for a number', JSON.stringify({ ...saved, y: '100' })],
    ['with unknown keys', JSON.stringify({ ...saved, fullscreen: true })],
    ['without maximized', JSON.stringify({ x: 1, y: 1, width: 1000, height: 700 })],
  ])('ignores a file that is %s', (_label, content) => {
    const file = path.join(tempDir('cadence-window-'), 'window-state.json');
    if (content !== null) fs.writeFileSync(file, content);
    expect(readWindowState(file)).toBeNull();
  });

  it('refuses to write a state it would not read back', () => {
    const file = path.join(tempDir('cadence-window-'), 'window-state.json');
    expect(() => writeWindowState(file, { ...saved, width: 10 })).toThrow();
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('where the window opens', () => {
  it('at the default size when nothing was saved', () => {
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 820 });
  });

  it('where it was, when that screen is still there', () => {
    expect(initialBounds(saved, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1400, height: 900 });
  });

  it('keeps the size but lets the OS place it when its screen is gone', () => {
    expect(initialBounds(saved, [laptop])).toEqual({ width: 1400, height: 900 });
  });

  it('does not trust a title bar hidden above the screen or barely on it', () => {
    expect(initialBounds({ ...saved, x: 100, y: -300 }, [laptop])).toEqual({ width: 1400, height: 900 });
    expect(initialBounds({ ...saved, x: 1400, y: 10 }, [laptop])).toEqual({ width: 1400, height: 900 });
  });
});

describe('remembering on close', () => {
  function fakeWindow(bounds: Rectangle, maximized: boolean) {
    let onClose: (() => void) | undefined;
    return {
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      on: (_event: 'close', listener: () => void) => (onClose = listener),
      close: () => onClose?.(),
    };
  }

  it('saves the normal bounds and whether it was maximized', () => {
    const file = path.join(tempDir('cadence-window-'), 'sub', 'window-state.json');
    const window = fakeWindow({ x: 20.4, y: 30, width: 1300, height: 850 }, true);
    rememberWindowState(window, file, () => expect.fail('nothing to log'));
    window.close();
    expect(readWindowState(file)).toEqual({ x: 20, y: 30, width: 1300, height: 850, maximized: true });
  });

  it('logs, and does not throw, when the folder cannot be written', () => {
    const blocker = path.join(tempDir('cadence-window-'), 'a-file');
    fs.writeFileSync(blocker, '');
    const logged: string[] = [];
    const window = fakeWindow({ x: 0, y: 0, width: 1300, height: 850 }, false);
    rememberWindowState(window, path.join(blocker, 'window-state.json'), (message) => logged.push(message));
    expect(() => window.close()).not.toThrow();
    expect(logged).toHaveLength(1);
  });
});
