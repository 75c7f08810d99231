// Not a test: takes screenshots of every screen in light and dark into /tmp/cadence-shots
// so a person can look at them. Run after `vite build`:
//   node_modules/.bin/tsx test/e2e/screenshots.ts
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config.ts';
import { startHost } from './support/host.ts';
import { practiceWorkspace } from './support/practice.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/cadence-shots';
fs.mkdirSync(OUT, { recursive: true });

/** Light and dark. `tall` screens scroll inside <main>, so the window is made taller instead. */
async function shot(page: Page, name: string, tall = false): Promise<void> {
  if (tall) await page.setViewportSize({ width: 1280, height: 1900 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${OUT}/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (tall) await page.setViewportSize({ width: 1280, height: 800 });
}

async function ready(page: Page): Promise<void> {
  await page.locator('main[data-ready="true"]').waitFor();
}

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
const page = await context.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
page.on('console', (message) => {
  if (message.type() === 'error') console.error('console:', message.text());
});

const empty = await startHost();
try {
  await page.goto(empty.url);
  await ready(page);
  await shot(page, '01-welcome');
  await page.getByRole('button', { name: /Start with an empty workspace/ }).click();
  await shot(page, '02-welcome-profile');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await ready(page);
  await shot(page, '03-today-empty');
  await page.goto(`${empty.origin}/#/clients`);
  await ready(page);
  await shot(page, '04-clients-empty');
  await page.keyboard.press('n');
  await page.getByRole('dialog').waitFor();
  await shot(page, '05-new-client');
  await page.getByRole('button', { name: 'Add client' }).click();
  await shot(page, '06-new-client-required');
  await page.keyboard.press('Escape');
  await page.goto(`${empty.origin}/#/settings`);
  await ready(page);
  await shot(page, '07-settings', true);
} finally {
  await empty.close();
}

const full = await startHost();
try {
  await full.call('data.import', { file: practiceWorkspace({ extraClients: 40 }) });
  await page.goto(full.url);
  await ready(page);
  await shot(page, '10-today', true);
  await page.goto(`${full.origin}/#/clients`);
  await ready(page);
  await shot(page, '11-clients');
  await page.goto(`${full.origin}/#/clients/c1`);
  await ready(page);
  await shot(page, '12-client-overview');
  for (const tab of ['Sessions', 'Invoices', 'Notes']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await shot(page, `13-client-${tab.toLowerCase()}`);
  }
  await page.goto(`${full.origin}/#/clients/c8`);
  await ready(page);
  await shot(page, '14-client-archived');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Email must be').waitFor();
  await shot(page, '15-edit-client-error');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await shot(page, '16-shortcuts');
  await page.keyboard.press('Escape');
  await page.goto(`${full.origin}/#/clients`);
  await ready(page);
  await page.keyboard.press('Shift+P');
  await shot(page, '17-privacy');
  await page.keyboard.press('Shift+P');
  await page.keyboard.press('/');
  await page.keyboard.type('lau');
  await page.getByRole('option', { name: /Amélie/ }).waitFor();
  await shot(page, '18-quick-find');
} finally {
  await full.close();
}

const demo = await startHost();
try {
  await page.goto(demo.url);
  await ready(page);
  await page.getByRole('button', { name: /Explore the demo practice/ }).click();
  await page.getByRole('region', { name: 'Your practice' }).waitFor({ timeout: 20_000 });
  await ready(page);
  await shot(page, '20-demo-today', true);
  await page.goto(`${demo.origin}/#/clients`);
  await ready(page);
  await shot(page, '21-demo-clients');
  await page.locator('tbody tr[data-index="0"]').click();
  await ready(page);
  await shot(page, '22-demo-client');
  for (const [name, hash, tall] of [
    ['23-demo-agreements', '#/agreements', false],
    ['25-demo-calendar', '#/calendar', false],
    ['26-demo-calendar-month', '#/calendar?view=month', false],
    ['27-demo-invoices', '#/invoices', false],
    ['28-demo-revenue', '#/revenue', true],
    ['29-demo-settings', '#/settings', true],
  ] as const) {
    await page.goto(`${demo.origin}/${hash}`);
    await ready(page);
    await page.waitForTimeout(400);
    await shot(page, name, tall);
  }
  await page.goto(`${demo.origin}/#/agreements`);
  await ready(page);
  await page.locator('tbody tr[data-index="0"]').click();
  await ready(page);
  await shot(page, '24-demo-agreement');
} finally {
  await demo.close();
  await browser.close();
}
console.log(`Screenshots in ${OUT}`);
