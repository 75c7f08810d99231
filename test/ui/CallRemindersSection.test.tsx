// Settings → Call reminders: off by default, the switch and the lead time saved together,
// a lead time outside 1 to 120 minutes refused before anything is sent.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallRemindersSection } from '../../renderer/features/settings/CallRemindersSection.tsx';
import type { Settings } from '../../renderer/stores/settings.ts';

afterEach(() => {
  cleanup();
  delete window.cadence;
});

const settings = { callReminders: false, callReminderMinutes: 10, timeZone: 'Europe/Berlin' } as Settings;

function desktop() {
  const invoke = vi.fn(async (_name: string, patch: unknown) => ({ ok: true as const, value: { ...settings, ...(patch as object) } }));
  window.cadence = { invoke, onChange: () => () => {} };
  return invoke;
}

describe('call reminders setting', () => {
  it('shows it off with 10 minutes, and saves it turned on with another lead time', async () => {
    const invoke = desktop();
    render(<CallRemindersSection settings={settings} />);
    const toggle = screen.getByRole('switch', { name: 'Remind me before each call' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/Shown while Cadence is open/);
    const minutes = screen.getByRole('spinbutton', { name: 'How long before' }) as HTMLInputElement;
    expect(minutes.value).toBe('10');
    expect((screen.getByRole('button', { name: 'Save reminders' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(toggle);
    fireEvent.change(minutes, { target: { value: '15' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save reminders' })));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('settings.update', { callReminders: true, callReminderMinutes: 15 }));
    expect(screen.getAllByText('On')).toHaveLength(1);
  });

  it('refuses a lead time outside 1 to 120 whole minutes, next to the field', async () => {
    const invoke = desktop();
    render(<CallRemindersSection settings={settings} />);
    const minutes = screen.getByRole('spinbutton', { name: 'How long before' });
    for (const value of ['0', '121', '2.5']) {
      fireEvent.change(minutes, { target: { value } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save reminders' })));
      const error = await screen.findByText('How long before must be a whole number from 1 to 120 minutes');
      expect(minutes.getAttribute('aria-invalid')).toBe('true');
      expect(minutes.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    }
    expect(invoke).not.toHaveBeenCalled();
  });
});
