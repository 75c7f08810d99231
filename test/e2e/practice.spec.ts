// A working practice (agreements, sessions, invoices) plus 2,100 more clients: the client
// page's facts and tabs, notes, delete rules, Today's attention list, and a long list
// that stays virtualised and keyboard-driven.

import { openApp, screenReady } from './support/app.ts';
import { hostPerFile } from './support/host.ts';
import { practiceWorkspace } from './support/practice.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();
const EXTRA_CLIENTS = 2100;

test.beforeAll(async () => {
  await host().call('data.import', { file: practiceWorkspace({ extraClients: EXTRA_CLIENTS }) });
});

test('the client page shows header facts, agreements, balance, sessions and invoices', async ({ page }) => {
  await openApp(page, host(), '/clients/c1');
  await expect(page.getByRole('heading', { level: 1, name: 'Amélie Laurent' })).toBeVisible();
  await expect(page.getByText('Laurent Studio')).toBeVisible();
  await expect(page.getByText('amelie@example.com')).toBeVisible();
  await expect(page.getByText(/Europe\/Paris/)).toBeVisible();

  const agreements = page.getByRole('region', { name: 'Agreements' });
  await expect(agreements).toContainText('Leadership coaching');
  await expect(agreements).toContainText('€1,200.00 / month');
  await expect(page.getByRole('region', { name: 'Balance' })).toContainText('€1,200.00');
  // Anything on record means archive, never delete.
  await expect(page.getByRole('button', { name: 'Delete' })).toBeHidden();

  // The tabs' contents belong to the sessions and invoices features (their own specs);
  // here: each tab opens and shows this client's records.
  await page.getByRole('tab', { name: /Sessions/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Talked through the hiring plan');
  await page.getByRole('tab', { name: /Invoices/ }).click();
  const invoices = await host().call<{ invoices: { number: string }[] }>('clients.get', { id: 'c1' });
  for (const invoice of invoices.invoices) await expect(page.getByRole('tabpanel')).toContainText(invoice.number);
});

test('notes are saved to the core and survive a reload', async ({ page }) => {
  await openApp(page, host(), '/clients/c1');
  await page.getByRole('tab', { name: 'Notes' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toHaveValue(/pricing review/);
  await notes.fill('Renewal talk in March.\nPrefers mornings.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  const client = await host().call<{ notes: string }>('clients.get', { id: 'c1' });
  expect(client.notes).toBe('Renewal talk in March.\nPrefers mornings.');
  await page.reload();
  await screenReady(page);
  await page.getByRole('tab', { name: 'Notes' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Renewal talk in March.\nPrefers mornings.');
});

test('a refused delete shows the core’s message as it is', async ({ page }) => {
  await openApp(page, host(), '/clients/c4');
  // Something may come to refer to the client between loading the page and confirming.
  const message = 'Marcus Olsen has 1 session, so they can only be archived, not deleted.';
  await page.route('**/api/clients.delete', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'conflict', message } }),
    }),
  );
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Marcus Olsen?' });
  await confirm.getByRole('button', { name: 'Delete client' }).click();
  await expect(confirm.getByRole('alert')).toHaveText(message);
  await expect(confirm).toBeVisible();
});

test('Today shows open balances and notice deadlines, each leading to the client', async ({ page }) => {
  await openApp(page, host());
  const balances = page.getByRole('region', { name: 'Open balances' });
  await expect(balances).toContainText('€3,700.00');
  await expect(balances).toContainText('Owed by 2 clients');
  await balances.getByRole('link', { name: 'Jonas Becker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jonas Becker' })).toBeVisible();
});

test('2,000+ clients: only the rows in view are in the page, and the keyboard reaches the last', async ({ page }) => {
  await openApp(page, host(), '/clients');
  const current = await host().call<{ name: string }[]>('clients.list', {});
  expect(current.length).toBeGreaterThan(2000);
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(page.getByText(`${current.length.toLocaleString('en-US')} clients`)).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(current.length + 1));
  expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(80);

  await table.locator('tbody tr[data-index="0"]').focus();
  await page.keyboard.press('End');
  const last = current[current.length - 1]!.name;
  await expect(table.locator('tbody tr:focus')).toContainText(last);
  expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: last })).toBeVisible();
});

test('sortable headers say how they sort', async ({ page }) => {
  await openApp(page, host(), '/clients');
  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await host().call<{ name: string }[]>('clients.list', { sort: 'name', direction: 'desc' });
  await expect(page.locator('tbody tr[data-index="0"]')).toContainText(descending[0]!.name);
  const company = page.getByRole('columnheader', { name: 'Company' });
  await company.getByRole('button').click();
  await expect(company).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
});
