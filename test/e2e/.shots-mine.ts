// scratch (not committed): screenshots of Invoices and Revenue
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config.ts';
import { startHost } from './support/host.ts';

const OUT = '/tmp/cadence-shots';
const only = process.argv[2];
async function shot(page: Page, name: string, height = 800) {
  if (only && !name.startsWith(only)) return;
  await page.setViewportSize({ width: 1280, height });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}
const ready = (page: Page) => page.locator('main[data-ready="true"]').waitFor();

const browser = await chromium.launch(CHROMIUM_LAUNCH);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error('console:', m.text()); });
const host = await startHost();
try {
  const file = JSON.parse(fs.readFileSync('/work/shared/examples/workspace-b.json', 'utf8'));
  await host.call('data.import', { file });
  await page.goto(host.url);
  await ready(page);
  await page.goto(`${host.origin}/#/invoices`);
  await ready(page);
  await shot(page, 'invoices-01-list');
  await page.keyboard.press('n');
  await page.getByRole('dialog').waitFor();
  await page.getByText(/lines? due/).waitFor();
  await shot(page, 'invoices-02-generate');
  await page.getByRole('button', { name: /Create \d+ drafts?/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  await shot(page, 'invoices-03-drafts');
  await page.getByRole('row').nth(1).click();
  await ready(page);
  await shot(page, 'invoices-04-draft-page', 1000);
  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  await page.getByRole('button', { name: 'Record payment' }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByLabel(/Amount/).fill('10');
  await shot(page, 'invoices-05-payment');
  await page.getByRole('button', { name: 'Record payment' }).last().click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await shot(page, 'invoices-06-partly-paid', 1000);
  await page.goto(`${host.origin}/#/revenue?asOf=2026-02-20`);
  await ready(page);
  await page.waitForTimeout(300);
  await shot(page, 'revenue-01-dashboard', 2300);
  await page.getByRole('button', { name: /Remove the top client/ }).click();
  await page.getByLabel('Annual retention').fill('50');
  await page.waitForTimeout(600);
  await shot(page, 'revenue-02-what-if', 1400);
  await page.getByRole('radio', { name: 'Table' }).first().check();
  await shot(page, 'revenue-03-table', 1400);
  await page.goto(`${host.origin}/#/clients/e4?tab=value`);
  await ready(page);
  await shot(page, 'value-01-tab', 1000);
  await page.goto(`${host.origin}/#/clients/e2?tab=invoices`);
  await ready(page);
  await shot(page, 'client-invoices-01', 1000);
  await page.goto(`${host.origin}/#/`);
  await ready(page);
  await shot(page, 'today-01', 1200);
} finally {
  await host.close();
  await browser.close();
}
