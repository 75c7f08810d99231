// The week view with 150 calls: how long from a week's items arriving until they are
// painted (the renderer's own performance marks, renderer/features/calendar/renderTiming.ts),
// and, for information, from the "Next week" click until then (fetch included). Alternates
// between two full weeks; median of 10 after a warm-up. Run after `vite build`:
//   npx tsx test/bench/week-view.ts        → bench-results/week-view.json
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config.ts';
import { startHost } from '../e2e/support/host.ts';
import { busyWarning, medianRow, printTable, writeJson } from './measure.ts';

const RUNS = 10;
const CLIENTS = 50;
const SLOTS_PER_CLIENT = 3;
const EVENTS = CLIENTS * SLOTS_PER_CLIENT;
const TARGET_MS = 100;
const ZONE = 'Europe/Berlin';
const MEASURE = 'cadence:calendar-render';

function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const host = await startHost();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  // 150 weekly slots (50 clients, three retainers each) spread over the working week, so
  // every week holds 150 calls, some overlapping as in a crowded practice.
  await host.call('settings.update', { onboarded: true, businessName: 'Bench Coaching', timeZone: ZONE });
  const weekStart = mondayOf(new Date(Date.now() + 14 * 86_400_000));
  process.stderr.write(`creating ${EVENTS} weekly slots…\n`);
  for (let c = 0; c < CLIENTS; c++) {
    const client = await host.call<{ id: string }>('clients.create', {
      name: `Client ${String(c + 1).padStart(2, '0')}`,
      timeZone: c % 4 === 0 ? 'America/New_York' : ZONE,
    });
    for (let s = 0; s < SLOTS_PER_CLIENT; s++) {
      const n = c * SLOTS_PER_CLIENT + s;
      const minutes = 8 * 60 + ((n * 37) % (10 * 60));
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.floor((minutes % 60) / 15) * 15).padStart(2, '0')}`;
      const slot = { weekday: (n % 5) + 1, time, timeZone: ZONE, durationMinutes: [30, 45, 60][n % 3], intervalWeeks: 1 };
      const created = await host.call<{ agreement: { id: string } }>('agreements.create', {
        clientId: client.id,
        kind: 'work',
        title: `Retainer ${s + 1}`,
        startDate: '2020-01-06',
        feeMinor: 100_000,
        slot,
      });
      await host.call('agreements.sign', { id: created.agreement.id, signedBy: 'Bench', method: 'typed' });
    }
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: ZONE });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${host.url}#/calendar?date=${weekStart}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page
    .locator('.fc-event')
    .nth(EVENTS - 1)
    .waitFor({ timeout: 30_000 });

  const render: number[] = [];
  const navigate: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
    const button = run % 2 === 0 ? 'Next week' : 'Previous week';
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction(
      ({ name, count }) => performance.getEntriesByName(name).length > count,
      { name: MEASURE, count: before },
      { timeout: 30_000 },
    );
    const entry = await page.evaluate((name) => {
      const measure = performance.getEntriesByName(name).at(-1)!;
      return { duration: measure.duration, end: measure.startTime + measure.duration };
    }, MEASURE);
    const shown = await page.locator('.fc-event').count();
    if (shown !== EVENTS) throw new Error(`the week shows ${shown} calls, not ${EVENTS}`);
    // The first run warms up (code, caches); it is not counted.
    if (run === 0) continue;
    render.push(entry.duration);
    navigate.push(entry.end - clickedAt);
  }

  const busy = busyWarning();
  const rows = [
    medianRow(`week view render, ${EVENTS} calls (items arrive → painted)`, render, TARGET_MS, busy ?? undefined),
    medianRow(`week view navigation, ${EVENTS} calls (click → painted, fetch included)`, navigate, null),
  ];
  printTable(rows);
  writeJson(
    path.resolve(import.meta.dirname, '..', '..', 'bench-results', 'week-view.json'),
    { benchmark: 'week-view', events: EVENTS, runs: RUNS, samples: { render, navigate } },
    rows,
  );
} finally {
  await browser.close();
  await host.close();
}
