// The desktop menu's page commands: which action each is on which screen, the same names
// the main process sends, and the hook carrying them out through the desktop bridge.
import { act, cleanup, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS as SENT } from '../../main/channels.ts';
import type { ChangeEvent } from '../../renderer/api.ts';
import { commandOf, MENU_COMMANDS, menuAction, useMenuCommands } from '../../renderer/shell/useMenuCommands.ts';
import { useUi } from '../../renderer/stores/ui.ts';

/** Mounts the menu commands, as the app shell does. */
function Probe() {
  useMenuCommands();
  return null;
}

afterEach(() => {
  cleanup();
  delete window.cadence;
});

describe('menu commands', () => {
  it('are the ones the main process sends', () => {
    expect([...MENU_COMMANDS]).toEqual([...SENT]);
    expect(commandOf({ tables: [], handlers: [], command: 'export-pdf' } as ChangeEvent)).toBe('export-pdf');
    expect(commandOf({ tables: ['clients'], handlers: ['clients.list'] })).toBeNull();
    expect(commandOf({ tables: [], handlers: [], command: 'format-disk' } as ChangeEvent)).toBeNull();
  });

  it('export the document that is open, or say what to open', () => {
    expect(menuAction('export-pdf', '/agreements/a1')).toEqual({ kind: 'agreement-pdf', agreementId: 'a1' });
    expect(menuAction('export-pdf', '/agreements/a1/amend')).toEqual({ kind: 'agreement-pdf', agreementId: 'a1' });
    expect(menuAction('export-pdf', '/agreements/a1/versions/2')).toEqual({ kind: 'agreement-pdf', agreementId: 'a1', version: 2 });
    expect(menuAction('export-pdf', '/invoices/inv%201')).toEqual({ kind: 'invoice-pdf', invoiceId: 'inv 1' });
    for (const elsewhere of ['/', '/agreements', '/agreements/new', '/invoices', '/clients/c1', '/settings']) {
      expect(menuAction('export-pdf', elsewhere), elsewhere).toEqual({ kind: 'nothing-to-export' });
    }
    expect(menuAction('new-client', '/revenue')).toEqual({ kind: 'new-client' });
    expect(menuAction('new-agreement', '/')).toEqual({ kind: 'navigate', to: '/agreements/new' });
  });

  it('are carried out in the desktop app', async () => {
    let send: ((event: ChangeEvent) => void) | undefined;
    const invoke = vi.fn(async () => ({ ok: false as const, error: { code: 'not_found' as const, message: 'No such invoice.' } }));
    window.cadence = {
      invoke,
      onChange: (listener) => {
        send = listener;
        return () => undefined;
      },
    };
    render(
      <MemoryRouter initialEntries={['/invoices/INV-7']}>
        <Probe />
      </MemoryRouter>,
    );
    expect(send).toBeDefined();
    await act(async () => send!({ tables: [], handlers: [], command: 'export-pdf' } as ChangeEvent));
    expect(invoke).toHaveBeenCalledWith('invoices.pdf', { id: 'INV-7' });
    act(() => send!({ tables: [], handlers: [], command: 'new-client' } as ChangeEvent));
    expect(useUi.getState().newClientOpen).toBe(true);
  });

  it('subscribe to nothing in the browser host', () => {
    const EventSourceSpy = vi.fn();
    vi.stubGlobal('EventSource', EventSourceSpy);
    render(
      <MemoryRouter>
        <Probe />
      </MemoryRouter>,
    );
    expect(EventSourceSpy).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
