// Settings → Working hours: the form refuses what settings.update refuses, in the domain's
// words, and shows the core's own field errors under the range they name.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../renderer/api.ts';
import { WorkingHoursSection } from '../../renderer/features/settings/WorkingHoursSection.tsx';
import type { Settings } from '../../renderer/stores/settings.ts';

afterEach(() => {
  cleanup();
  delete window.cadence;
});

const settings = {
  timeZone: 'Europe/Berlin',
  workingHours: {
    3: [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ],
  },
} as unknown as Settings;

function desktop(answer: (patch: unknown) => Result<unknown>) {
  const invoke = vi.fn(async (_name: string, patch: unknown) => answer(patch));
  window.cadence = { invoke, onChange: () => () => {} };
  return invoke;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
/** The text a field is described by (its inline error and description), as a screen reader reads it. */
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save working hours' })));

describe('working hours form', () => {
  it('refuses overlapping ranges before anything is sent, naming the other range', async () => {
    const invoke = desktop((patch) => ({ ok: true, value: { ...settings, ...(patch as object) } }));
    render(<WorkingHoursSection settings={settings} />);
    expect(screen.getByText(/ h a week$/).textContent).toBe('7 h a week');
    fireEvent.change(field('Wednesday until (1)'), { target: { value: '14:00' } });
    await save();
    await screen.findByText('Wednesday: overlaps 13:00–17:00');
    expect(describedBy(field('Wednesday from (1)'))).toContain('Wednesday: overlaps 13:00–17:00');
    expect(field('Wednesday from (1)').getAttribute('aria-invalid')).toBe('true');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('shows the core’s error under the range it names, and sends the ranges in order', async () => {
    const invoke = desktop(() => ({
      ok: false,
      error: { code: 'invalid_input', message: 'workingHours.3[1]: is refused', fields: { 'workingHours.3[1]': 'is refused by the core' } },
    }));
    render(<WorkingHoursSection settings={settings} />);
    // The morning moved after the afternoon: saved (and shown) in order of their start.
    fireEvent.change(field('Wednesday from (1)'), { target: { value: '18:00' } });
    fireEvent.change(field('Wednesday until (1)'), { target: { value: '19:00' } });
    await save();
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('settings.update', {
        workingHours: {
          3: [
            ['13:00', '17:00'],
            ['18:00', '19:00'],
          ],
        },
      }),
    );
    await screen.findByText('Wednesday: is refused by the core');
    expect(describedBy(field('Wednesday from (2)'))).toContain('Wednesday: is refused by the core');
    expect(describedBy(field('Wednesday from (1)'))).not.toContain('refused');
    expect(field('Wednesday from (2)').value).toBe('18:00');
    expect(field('Wednesday from (2)').getAttribute('aria-invalid')).toBe('true');
    expect(field('Wednesday from (1)').getAttribute('aria-invalid')).not.toBe('true');
  });
});
