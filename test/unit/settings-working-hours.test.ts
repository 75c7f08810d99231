// settings.update keeps the working-hours rules the form shows: a refused change names the
// range and writes nothing, so capacity never counts the same hour twice.
import { describe, expect, it } from 'vitest';
import { memoryCore, ok } from './helpers.ts';

const STORED = { 2: [['09:00', '17:00']] };

async function withStoredHours() {
  const core = await memoryCore();
  await ok(core, 'settings.update', { workingHours: STORED });
  return core;
}

describe('settings.update and working hours', () => {
  it.each([
    // [hours sent, the field the core names, its message]
    [
      {
        2: [
          ['09:00', '14:00'],
          ['12:00', '17:00'],
        ],
      },
      'workingHours.2[0]',
      'overlaps 12:00–17:00',
    ],
    [
      {
        2: [
          ['09:00', '12:00'],
          ['11:00', '11:30'],
        ],
      },
      'workingHours.2[1]',
      'overlaps 09:00–12:00',
    ],
    [
      {
        5: [
          ['09:00', '12:00'],
          ['09:00', '12:00'],
        ],
      },
      'workingHours.5[1]',
      'overlaps 09:00–12:00',
    ],
    [{ 1: [['12:00', '09:00']] }, 'workingHours.1[0]', 'must end after it starts'],
    [{ 1: [['09:00', '09:00']] }, 'workingHours.1[0]', 'must end after it starts'],
    [{ 3: [['9:00', '12:00']] }, 'workingHours.3[0]', 'must be two times written HH:mm'],
    [{ 3: [['09:00', '24:00']] }, 'workingHours.3[0]', 'must be two times written HH:mm'],
    [
      {
        4: [
          ['08:00', '09:00'],
          ['10:00', '11:00'],
          ['12:00', '13:00'],
          ['14:00', '15:00'],
          ['16:00', '17:00'],
        ],
      },
      'workingHours.4',
      'must have at most 4 ranges',
    ],
  ])('refuses %j, naming %s, and writes nothing', async (workingHours, field, message) => {
    const core = await withStoredHours();
    const before = await ok(core, 'settings.get', {});
    const result = await core.call('settings.update', { workingHours, businessName: 'Changed with the hours' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields?.[field]).toBe(message);
    const after = await ok(core, 'settings.get', {});
    expect(after).toEqual(before);
    expect(after.workingHours).toEqual(STORED);
    await core.close();
  });

  it('refuses a day that is not a weekday', async () => {
    const core = await withStoredHours();
    const result = await core.call('settings.update', { workingHours: { 8: [['09:00', '12:00']] } });
    expect(result.ok).toBe(false);
    expect((await ok(core, 'settings.get', {})).workingHours).toEqual(STORED);
    await core.close();
  });

  it('takes ranges that only touch, and capacity counts each minute once', async () => {
    const core = await withStoredHours();
    // Tuesday 09:00–12:00 and 12:00–17:00: 480 minutes, the same as 09:00–17:00.
    await ok(core, 'settings.update', {
      workingHours: {
        2: [
          ['09:00', '12:00'],
          ['12:00', '17:00'],
        ],
      },
    });
    const capacity = await ok(core, 'calendar.capacity', { weekStart: '2026-03-09', lengthMinutes: 60, weeks: 1 });
    expect(capacity.availableMinutes).toBe(480);
    // Hour-long starts on the half hour inside each range, each offered once: 09:00 to 11:00
    // in the first (5), 12:00 to 16:00 in the second (9).
    const times = capacity.freeSlots.map((s) => s.time);
    expect(new Set(times).size).toBe(times.length);
    expect(times).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '12:00',
      '12:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
    await core.close();
  });
});
