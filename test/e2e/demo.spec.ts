// The demo practice: chosen on first run, it fills Today and Clients, and the workspace
// exports as a cadence-workspace file.
import fs from 'node:fs';
import { openApp, screenReady } from './support/app.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();

test('choosing the demo on first run opens Today with the demo practice', async ({ page }) => {
  await openApp(page, host());
  await page.getByRole('button', { name: /Explore the demo practice/ }).click();
  await screenReady(page);
  const practice = page.getByRole('region', { name: 'Your practice' });
  await expect(practice).toBeVisible({ timeout: 15_000 });
  const status = await host().call<{ counts: { clients: number; agreements: number } }>('data.status');
  expect(status.counts.clients).toBeGreaterThan(0);
  await expect(practice).toContainText(String(status.counts.clients));
  await expect(page.getByRole('region', { name: 'Recently added clients' }).getByRole('listitem').first()).toBeVisible();
  // A demo practice is not "young": the first steps give way to the practice itself.
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeHidden();
});

test('Clients lists the demo clients', async ({ page }) => {
  await openApp(page, host(), '/clients');
  const current = await host().call<{ name: string }[]>('clients.list', { status: 'current' });
  expect(current.length).toBeGreaterThan(0);
  await expect(page.getByText(`${current.length} clients`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('link', { name: current[0]!.name, exact: true })).toBeVisible();
  // Money is shown with its currency.
  await expect(table.locator('.money').first()).toHaveText(/\d/);
});

test('Settings exports the workspace as a cadence-workspace JSON file', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cadence-workspace-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { format: string; version: number; clients: unknown[] };
  expect(file.format).toBe('cadence-workspace');
  expect(file.version).toBe(1);
  const status = await host().call<{ counts: { clients: number } }>('data.status');
  expect(file.clients).toHaveLength(status.counts.clients);
});
