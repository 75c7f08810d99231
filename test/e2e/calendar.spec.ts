// The calendar journeys through the real UI against the real core: after a call, log it
// from Today in three actions; in the week view open a call from the keyboard and mark a
// no-show (and undo it), reschedule one with the form and one by dragging, late-cancel
// the one a few hours away; the client page's usage ledger follows every outcome, and an
// extended session added there; a call not yet begun offers no log or no-show, and a past
// call the client cancelled asks when (more or less than 24 hours before) and counts by it; notes search finds the logged notes and opens the
// session; the .ics export expands (in ical.js) to exactly the calls Cadence shows; axe
// finds nothing serious in the week, the month or the dialog.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { openApp, screenReady } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;

interface Item {
  key: string;
  sessionId: string | null;
  agreementId: string | null;
  start: string;
  status: string;
  actualMinutes: number | null;
  occurrenceStart: string | null;
  lateCancel: boolean;
  notes: string;
  conflict: boolean;
}
interface Ledger {
  periods: { start: string; deliveredMinutes: number }[];
}

/** Wall date and time of an instant in the coach's zone. */
function berlin(ms: number): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday };
}

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "1 h 30 min", "50 min", "2 h", "0" as minutes. */
function minutesOf(text: string): number {
  const hours = /(\d+) h/.exec(text);
  const minutes = /(\d+) min/.exec(text);
  return (hours ? Number(hours[1]) * 60 : 0) + (minutes ? Number(minutes[1]) : 0);
}

// The weekly slot starts about three hours from now (five near midnight), so this week's call is close enough for
// a client's cancellation to be late, and the weeks before are past calls waiting for a log.
// A call that would run over midnight (drawn in two parts) starts two hours later instead.
const soon = Date.now() + (berlin(Date.now() + 3 * 3_600_000).time >= '23:00' ? 5 : 3) * 3_600_000;
const slotWall = berlin(soon);
const slotTime = `${slotWall.time.slice(0, 3)}${String(Math.floor(Number(slotWall.time.slice(3)) / 5) * 5).padStart(2, '0')}`;
const weekDate = (weeksAgo: number) => shiftDate(slotWall.date, -7 * weeksAgo);
let clientId = '';
let agreementId = '';
/** The slot's occurrence instants, by weeks before the coming one (0). */
const occurrence: string[] = [];

async function items(): Promise<Item[]> {
  const range = await host().call<{ items: Item[] }>('calendar.range', { from: weekDate(6), to: weekDate(-2) });
  return range.items;
}

async function itemAt(occurrenceStart: string): Promise<Item> {
  const found = (await items()).find((i) => i.occurrenceStart === occurrenceStart);
  if (!found) throw new Error(`no item for ${occurrenceStart}`);
  return found;
}

/** A call on the calendar: its first part only, as a call over midnight is drawn in two. */
function event(page: Page, text: string | RegExp) {
  return page.locator('.fc-event.fc-event-start').filter({ hasText: text });
}

async function openWeek(page: Page, date: string): Promise<void> {
  await openApp(page, host(), `/calendar?date=${date}`);
  await expect(page.locator('.fc-timegrid')).toBeVisible();
}

async function deliveredInLedger(page: Page): Promise<number[]> {
  const ledger = page.getByRole('table', { name: /Usage per billing period/ });
  await expect(ledger).toBeVisible();
  const cells = await ledger.locator('tbody tr td:nth-of-type(3)').allInnerTexts();
  return cells.map(minutesOf);
}

test.beforeAll(async () => {
  await host().call('settings.update', { onboarded: true, businessName: 'Harbour Coaching', timeZone: ZONE, lateCancelHours: 24 });
  const client = await host().call<{ id: string }>('clients.create', {
    name: 'Ada Lovelace',
    timeZone: 'America/New_York',
    notes: 'Prefers mornings.',
  });
  clientId = client.id;
  const created = await host().call<{ agreement: { id: string } }>('agreements.create', {
    clientId,
    kind: 'work',
    title: 'Leadership retainer',
    startDate: weekDate(5),
    feeMinor: 150_000,
    includedMinutes: 240,
    overageRateMinorPerHour: 12_000,
    slot: { weekday: slotWall.weekday, time: slotTime, timeZone: ZONE, durationMinutes: 60, intervalWeeks: 1 },
  });
  agreementId = created.agreement.id;
  await host().call('agreements.sign', { id: agreementId, signedBy: 'Ada Lovelace', method: 'typed' });
  const planned = (await items())
    .filter((i) => i.agreementId === agreementId && Date.parse(i.start) <= soon + 3_600_000)
    .map((i) => i.start);
  // Newest first: [0] is the coming call, [1] last week's, …
  occurrence.push(...planned.reverse());
  expect(occurrence.length).toBeGreaterThanOrEqual(6);
  expect(Date.parse(occurrence[0]!) - Date.now()).toBeLessThan(6 * 3_600_000);
});

test('the usage ledger starts with nothing delivered', async ({ page }) => {
  await openApp(page, host(), `/clients/${clientId}?tab=sessions`);
  await expect(page.getByRole('region', { name: /Usage · Leadership retainer/ })).toBeVisible();
  const delivered = await deliveredInLedger(page);
  expect(delivered.length).toBeGreaterThan(0);
  expect(delivered.every((m) => m === 0)).toBe(true);
});

test('after a call: Today lists it as not logged, and it is logged in three actions', async ({ page }) => {
  await openApp(page, host(), '/');
  const calls = page.getByRole('region', { name: 'Calls' });
  const waiting = calls.getByRole('region', { name: 'Not logged yet' });
  const lastWeek = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short', month: 'short', day: 'numeric' }).format(
    new Date(occurrence[1]!),
  );
  const logButton = waiting.getByRole('button', { name: `Log the call with Ada Lovelace on ${lastWeek}` });
  await expect(logButton).toBeVisible();

  // 1: open it; 2: adjust the pre-filled minutes; 3: type notes and save.
  await logButton.click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  const minutes = dialog.getByRole('spinbutton', { name: 'Minutes' });
  await expect(minutes).toHaveValue('60');
  await expect(minutes).toBeFocused();
  await page.keyboard.type('50');
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Talked through the pricing of the studio; next: a proposal.');
  await dialog.getByRole('button', { name: 'Log session' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Logged 50 min' })).toBeVisible();
  await expect(logButton).toBeHidden();

  const logged = await itemAt(occurrence[1]!);
  expect(logged).toMatchObject({
    status: 'completed',
    actualMinutes: 50,
    notes: 'Talked through the pricing of the studio; next: a proposal.',
  });
});

test('in the week view: open a call from the keyboard and mark a no-show (undo works), in one action', async ({ page }) => {
  await openWeek(page, weekDate(2));
  const call = event(page, 'Ada Lovelace');
  await expect(call).toHaveCount(1);
  // Times are the coach's (Berlin), whatever zone this browser is in; the client's differs.
  await expect(call).toContainText(
    new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeStyle: 'short' }).format(new Date(occurrence[2]!)),
  );
  await expect(call).toContainText('their time');

  await call.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await dialog.getByRole('button', { name: 'No-show' }).click();
  await expect(dialog).toBeHidden();
  await expect(call).toContainText('No-show');
  expect((await itemAt(occurrence[2]!)).status).toBe('no_show');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(call).not.toContainText('No-show');
  expect((await itemAt(occurrence[2]!)).status).toBe('scheduled');

  await call.click();
  await dialog.getByRole('button', { name: 'No-show' }).click();
  await expect(call).toContainText('No-show');
  expect((await itemAt(occurrence[2]!)).status).toBe('no_show');
});

test('reschedule one call with the form: only that occurrence moves', async ({ page }) => {
  await openWeek(page, weekDate(3));
  await event(page, 'Ada Lovelace').click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await dialog.getByRole('button', { name: 'Reschedule…' }).click();
  const newDate = shiftDate(weekDate(3), slotWall.weekday === 7 ? -1 : 1);
  await dialog.getByLabel('New date').fill(newDate);
  await dialog.getByLabel('Start time').fill('07:15');
  await dialog.getByRole('button', { name: 'Move this call' }).click();
  await expect(dialog).toBeHidden();

  const moved = await itemAt(occurrence[3]!);
  expect(berlin(Date.parse(moved.start))).toMatchObject({ date: newDate, time: '07:15' });
  await expect(event(page, 'Ada Lovelace')).toContainText('7:15 AM');
  // The other weeks keep the slot's time.
  expect((await itemAt(occurrence[4]!)).start).toBe(occurrence[4]);
});

test('reschedule one call by dragging it an hour', async ({ page }) => {
  await openWeek(page, weekDate(4));
  const call = event(page, 'Ada Lovelace');
  // In the middle of the view: a pointer near an edge makes FullCalendar scroll while dragging,
  // which would move the call further than the pointer did.
  await call.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await call.boundingBox())!;
  const slotHeight = (await page.locator('.fc-timegrid-slot').first().boundingBox())!.height;
  await page.mouse.move(box.x + box.width / 2, box.y + 6);
  await page.mouse.down();
  // Later, unless that would leave the day.
  const direction = Number(slotTime.slice(0, 2)) >= 22 ? -1 : 1;
  await page.mouse.move(box.x + box.width / 2, box.y + 6 + direction * slotHeight, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2, box.y + 6 + direction * slotHeight * 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'Moved to' })).toBeVisible();
  const expected = new Date(Date.parse(occurrence[4]!) + direction * 3_600_000).toISOString().replace('.000', '');
  await expect.poll(async () => (await itemAt(occurrence[4]!)).start).toBe(expected);
});

test('a client cancelling the call a few hours away is a late cancel, in one action', async ({ page }) => {
  await openWeek(page, weekDate(0));
  const call = event(page, 'Ada Lovelace');
  await call.click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await expect(dialog.getByText('Planned', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Client cancelled' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Late cancel by the client: 1 h count as delivered' })).toBeVisible();
  await expect(call).toContainText('Cancelled by the client (late)');
  await expect(call).toHaveClass(/cal-event--cancelled/);
  const cancelled = await itemAt(occurrence[0]!);
  expect(cancelled).toMatchObject({ status: 'cancelled', lateCancel: true });
});

test('the usage ledger shows every outcome, and an extended session added from the client page', async ({ page }) => {
  await openApp(page, host(), `/clients/${clientId}?tab=sessions`);
  // Logged 50 + no-show 60 + late cancel 60.
  await expect.poll(async () => (await deliveredInLedger(page)).reduce((a, b) => a + b, 0)).toBe(170);
  const ledger = await host().call<Ledger>('usage.ledger', { agreementId });
  expect(ledger.periods.reduce((sum, p) => sum + p.deliveredMinutes, 0)).toBe(170);

  // Journey 4: a longer session that already happened, added and logged in one form.
  await page.getByRole('button', { name: 'Add session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByRole('radio', { name: 'Extended session' }).check();
  const earlier = berlin(Date.now() - 2 * 3_600_000);
  await dialog.getByLabel('Date').fill(earlier.date);
  await dialog.getByLabel('Start time').fill(earlier.time);
  await expect(dialog.getByRole('spinbutton', { name: 'Length' })).toHaveValue('90');
  await expect(dialog.getByRole('checkbox', { name: /It already happened/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Counts against' })).toHaveValue(agreementId);
  await dialog.getByRole('button', { name: 'Add session' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Extended session added and 1 h 30 min logged' })).toBeVisible();
  await expect.poll(async () => (await deliveredInLedger(page)).reduce((a, b) => a + b, 0)).toBe(260);
  await expect(page.getByRole('table', { name: /Past sessions/ })).toContainText('Extended session');
});

test('a check-in added from the calendar with n shows there, and an overlap is marked', async ({ page }) => {
  await openWeek(page, weekDate(-1));
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByRole('radio', { name: 'Check-in' }).check();
  await dialog.getByRole('combobox', { name: 'Client' }).selectOption(clientId);
  const next = berlin(Date.parse(occurrence[0]!) + 7 * DAY);
  await dialog.getByLabel('Date').fill(next.date);
  await dialog.getByLabel('Start time').fill(next.time);
  await expect(dialog.getByRole('spinbutton', { name: 'Length' })).toHaveValue('15');
  await dialog.getByRole('button', { name: 'Add session' }).click();
  await expect(dialog).toBeHidden();
  const checkIn = event(page, 'Check-in');
  await expect(checkIn).toContainText('Overlap');
  await expect(event(page, 'Ada Lovelace').and(page.locator('.cal-event--planned'))).toContainText('Overlap');
});

test('a call that has not begun offers no held or no-show: it can only be cancelled or moved', async ({ page }) => {
  await openWeek(page, weekDate(-1));
  await event(page, 'Ada Lovelace').and(page.locator('.cal-event--planned')).click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await expect(dialog).toContainText('This call has not started yet');
  await expect(dialog.getByRole('button', { name: 'Client cancelled' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Reschedule…' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'No-show' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Log session' })).toHaveCount(0);
  await expect(dialog.getByRole('spinbutton', { name: 'Minutes' })).toHaveCount(0);
  // The core refuses it all the same.
  const next = (await items()).find((i) => i.agreementId === agreementId && i.status === 'planned' && Date.parse(i.start) > Date.now())!;
  await expect(host().call('sessions.noShow', { agreementId, occurrenceStart: next.occurrenceStart })).rejects.toThrow(
    /start: has not started yet/,
  );
});

test('a past call the client cancelled: asked when, more than 24 hours before uses no time, less than counts it', async ({ page }) => {
  await openApp(page, host(), `/clients/${clientId}?tab=sessions`);
  await expect.poll(async () => (await deliveredInLedger(page)).reduce((a, b) => a + b, 0)).toBe(260);

  // Five weeks ago, never logged: the client had cancelled well ahead.
  await openWeek(page, weekDate(5));
  await event(page, 'Ada Lovelace').click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await dialog.getByRole('button', { name: 'Client cancelled' }).click();
  const question = dialog.getByRole('group', { name: 'When did the client cancel?' });
  await expect(question).toBeVisible();
  await expectAccessible(page, 'when did the client cancel');
  await question.getByRole('button', { name: 'More than 24 hours before' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled by the client: nothing counts as delivered' })).toBeVisible();
  expect(await itemAt(occurrence[5]!)).toMatchObject({ status: 'cancelled', lateCancel: false });

  // Four weeks ago (the call dragged an hour): the client cancelled on the day, a late cancel.
  await openWeek(page, weekDate(4));
  await event(page, 'Ada Lovelace').click();
  await dialog.getByRole('button', { name: 'Client cancelled' }).click();
  await dialog
    .getByRole('group', { name: 'When did the client cancel?' })
    .getByRole('button', { name: 'Less than 24 hours before' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Late cancel by the client: 1 h count as delivered' })).toBeVisible();
  expect(await itemAt(occurrence[4]!)).toMatchObject({ status: 'cancelled', lateCancel: true });

  await openApp(page, host(), `/clients/${clientId}?tab=sessions`);
  // 260 before, nothing for the timely cancel, 60 for the late one.
  await expect.poll(async () => (await deliveredInLedger(page)).reduce((a, b) => a + b, 0)).toBe(320);
  const ledger = await host().call<Ledger>('usage.ledger', { agreementId });
  expect(ledger.periods.reduce((sum, p) => sum + p.deliveredMinutes, 0)).toBe(320);
});

test('notes search finds the logged notes, marks the match and opens the session', async ({ page }) => {
  await openApp(page, host(), '/');
  // From the sidebar search: the last option searches notes.
  const search = page.getByRole('combobox', { name: 'Search clients' });
  await search.fill('pricing');
  // The client matches arrive first (none here); the arrows then move through the settled list.
  await expect(page.getByRole('option', { name: 'No clients match' })).toBeVisible();
  await search.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Search notes for “pricing”' })).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Search notes' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search notes' })).toHaveValue('pricing');
  const hit = page.locator('.notes-search__hit').filter({ hasText: 'Ada Lovelace' });
  await expect(hit.locator('mark')).toHaveText('pricing');
  await expect(hit).toContainText('Talked through the pricing of the studio');

  await hit.getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toHaveValue(/Talked through the pricing/);
  await expect(dialog).toContainText('Logged');
});

test('the .ics export expands in ical.js to exactly the calls the calendar shows', async ({ page }) => {
  await openWeek(page, weekDate(0));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cadence.ics');
  const text = fs.readFileSync((await download.path())!, 'utf8');

  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  const until = ICAL.Time.fromDateString(weekDate(-2));
  const starts: string[] = [];
  for (const master of vevents.filter((e) => !e.hasProperty('recurrence-id'))) {
    const icsEvent = new ICAL.Event(master);
    for (const other of vevents)
      if (other.hasProperty('recurrence-id') && other.getFirstPropertyValue('uid') === icsEvent.uid) icsEvent.relateException(other);
    if (!icsEvent.isRecurring()) {
      starts.push(icsEvent.startDate.toJSDate().toISOString());
      continue;
    }
    const iterator = icsEvent.iterator();
    for (let next = iterator.next(); next && next.compare(until) < 0; next = iterator.next())
      starts.push(icsEvent.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
  }
  // Both over the same instants: the six weeks before the coming call's, to a week after it.
  const within = (start: string) => start >= weekDate(6) && start < weekDate(-2);
  const expected = (await items()).filter((i) => i.status !== 'cancelled' && within(i.start)).map((i) => i.start);
  const exported = starts.map((s) => s.replace('.000', '')).filter(within);
  expect(exported.sort()).toEqual(expected.sort());
  // The moved call is at its new time and the late-cancelled one is not in the file.
  expect(exported).toContain((await itemAt(occurrence[3]!)).start);
  expect(exported).not.toContain(occurrence[0]);
});

test('accessibility: week, month and the session dialog have no serious findings', async ({ page }) => {
  test.setTimeout(150_000);
  await openWeek(page, weekDate(1));
  await expectAccessible(page, 'calendar week');
  await page.getByRole('radio', { name: 'Month' }).check();
  await expect(page.locator('.fc-daygrid')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Month' })).toBeChecked();
  await expectAccessible(page, 'calendar month');
  await event(page, 'Ada Lovelace').first().click();
  await expect(page.getByRole('dialog', { name: 'Ada Lovelace' })).toBeVisible();
  await expectAccessible(page, 'session dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Previous month' }).click();
  await screenReady(page);
  expect(new URL(page.url().replace('#/', '')).searchParams.get('view')).toBe('month');
});
