// axe on every screen, in light and in dark: no serious or critical violations.

import { openApp } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile } from './support/host.ts';
import { practiceWorkspace } from './support/practice.ts';
import { expect, test } from './support/test.ts';

// axe takes a few seconds per scan on a small machine, and each screen is scanned twice.
test.describe.configure({ mode: 'serial', timeout: 180_000 });
const host = hostPerFile();

test('welcome', async ({ page }) => {
  await openApp(page, host());
  await expect(page.getByRole('heading', { name: 'Welcome to Cadence' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await page.getByRole('button', { name: /Start with an empty workspace/ }).click();
  await expect(page.getByLabel('Business name')).toBeVisible();
  await expectAccessible(page, 'welcome, business profile step');
});

test('Today', async ({ page }) => {
  // A practice with agreements, sessions, invoices and an archived client exercises every card.
  await host().call('data.import', { file: practiceWorkspace() });
  await openApp(page, host());
  await expect(page.getByRole('region', { name: 'Your practice' })).toBeVisible();
  await expectAccessible(page, 'Today');
});

test('Clients', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible();
  await expectAccessible(page, 'Clients');
});

test('client page, overview', async ({ page }) => {
  await openApp(page, host(), '/clients/c1');
  await expect(page.getByRole('heading', { level: 1, name: 'Amélie Laurent' })).toBeVisible();
  await expectAccessible(page, 'client page, overview');
});

// One test per tab: each scan is slow on a busy machine, and a failure names its tab.
for (const tab of ['sessions', 'invoices', 'value', 'notes']) {
  test(`client page, ${tab} tab`, async ({ page }) => {
    await openApp(page, host(), `/clients/c1?tab=${tab}`);
    await expect(page.getByRole('tab', { selected: true })).toContainText(new RegExp(tab, 'i'));
    await expectAccessible(page, `client page, ${tab}`);
  });
}

test('archived client page', async ({ page }) => {
  await openApp(page, host(), '/clients/c8');
  await expect(page.getByText('This client is archived')).toBeVisible();
  await expectAccessible(page, 'archived client page');
});

test('new-client dialog, also with errors', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'new-client dialog');
  await dialog.getByLabel('Email').fill('nope');
  await dialog.getByLabel('Name').fill('Someone');
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(dialog.getByText('Email must be')).toBeVisible();
  await expectAccessible(page, 'new-client dialog with an error');
});

test('Settings', async ({ page }) => {
  await openApp(page, host(), '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'Settings');
});

test('shortcut sheet', async ({ page }) => {
  await openApp(page, host());
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'shortcut sheet');
});

test('the check itself catches a contrast failure (so a pass means something)', async ({ page }) => {
  await openApp(page, host());
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.textContent = 'Barely readable';
    probe.style.cssText = 'color:#c8c8c8;background:#ffffff';
    document.querySelector('main')!.append(probe);
  });
  await expect(expectAccessible(page, 'page with a low-contrast probe')).rejects.toThrow(/color-contrast/);
});
