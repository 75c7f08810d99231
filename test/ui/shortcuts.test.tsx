import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShortcutHandler, isTypingTarget, keyStep, type Shortcut } from '../../renderer/lib/shortcuts.ts';

afterEach(cleanup);

function setup(bindings: Partial<Shortcut>[], enabled?: () => boolean) {
  const runs = bindings.map(() => vi.fn());
  const shortcuts = bindings.map((b, i) => ({ description: '', group: '', keys: b.keys!, run: runs[i]! }));
  const handler = createShortcutHandler(() => shortcuts, enabled ? { enabled } : {});
  window.addEventListener('keydown', handler);
  return { runs, stop: () => window.removeEventListener('keydown', handler) };
}

describe('shortcut handler', () => {
  it('runs single keys and two-key sequences typed on the page', () => {
    const { runs, stop } = setup([{ keys: 'n' }, { keys: 'g c' }]);
    fireEvent.keyDown(document.body, { key: 'n' });
    fireEvent.keyDown(document.body, { key: 'g' });
    fireEvent.keyDown(document.body, { key: 'c' });
    stop();
    expect(runs[0]).toHaveBeenCalledTimes(1);
    expect(runs[1]).toHaveBeenCalledTimes(1);
  });

  it('ignores keys typed into inputs, textareas and editable text', () => {
    render(
      <div>
        <input aria-label="Name" />
        <textarea aria-label="Notes" />
        <div data-testid="editor" contentEditable suppressContentEditableWarning />
      </div>,
    );
    const { runs, stop } = setup([{ keys: 'n' }, { keys: '/' }, { keys: 'g c' }]);
    for (const field of [screen.getByLabelText('Name'), screen.getByLabelText('Notes')]) {
      fireEvent.keyDown(field, { key: 'n' });
      fireEvent.keyDown(field, { key: '/' });
      fireEvent.keyDown(field, { key: 'g' });
      fireEvent.keyDown(field, { key: 'c' });
    }
    stop();
    for (const run of runs) expect(run).not.toHaveBeenCalled();
    expect(isTypingTarget(screen.getByTestId('editor'))).toBe(true);
  });

  it('still takes Ctrl/⌘ chords in a field (they type nothing)', () => {
    render(<input aria-label="Search" />);
    const { runs, stop } = setup([{ keys: 'mod+2' }]);
    fireEvent.keyDown(screen.getByLabelText('Search'), { key: '2', ctrlKey: true });
    stop();
    expect(runs[0]).toHaveBeenCalledTimes(1);
  });

  it('is off while `enabled` says so (a dialog is open)', () => {
    const { runs, stop } = setup([{ keys: 'n' }], () => false);
    fireEvent.keyDown(document.body, { key: 'n' });
    stop();
    expect(runs[0]).not.toHaveBeenCalled();
  });

  it('does not treat a checkbox as a text field', () => {
    render(<input type="checkbox" aria-label="Privacy" />);
    expect(isTypingTarget(screen.getByLabelText('Privacy'))).toBe(false);
  });

  it('names keys with their modifiers', () => {
    expect(keyStep({ key: 'P', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false })).toBe('shift+p');
    expect(keyStep({ key: '?', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false })).toBe('?');
    expect(keyStep({ key: '1', shiftKey: false, ctrlKey: false, metaKey: true, altKey: false })).toBe('mod+1');
    expect(keyStep({ key: 'Shift', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
  });
});
