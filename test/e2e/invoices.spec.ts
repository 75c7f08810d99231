// Month end (journey 5) through the real UI against the real core: generate due invoices
// after reviewing them, issue, download the PDF, record a part and then the rest of a
// payment, see it paid and the dashboard's collected figure move; void (still numbered);
// issue the remaining drafts at once; the client's invoices tab and Today's overdue card.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

// axe scans and a dozen writes take a while on a small shared machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
const host = hostPerFile();

// Worked example B (test/fixtures/examples): six clients in GBP, the last invoices early in 2026.
const WORKSPACE_B = path.resolve(import.meta.dirname, '..', 'fixtures', 'examples', 'workspace-b.json');
const UP_TO = '2026-03-31';

interface Invoice {
  id: string;
  number: string;
  status: string;
  storedStatus: string;
  totalMinor: number;
  balanceMinor: number;
  payments: unknown[];
}

function invoicesTable(page: Page) {
  return page.getByRole('table', { name: 'Invoices' });
}

/** Data rows of the virtualised table (the header row has index 1). */
function dataRows(page: Page) {
  return invoicesTable(page).locator('tbody tr[data-index]');
}

function invoiceIdFromUrl(page: Page): string {
  const match = /#\/invoices\/([^/?]+)/.exec(page.url());
  if (!match) throw new Error(`not on an invoice page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

function gbp(minor: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'GBP' }).format(minor / 100);
}

async function collectedIn(page: Page, month: string): Promise<string> {
  await openApp(page, host(), '/revenue?asOf=2026-04-30');
  const card = page.getByRole('region', { name: /Collected and invoiced/ });
  await card.getByRole('radio', { name: 'Table' }).check();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property: the text a person sees (textContent would count hidden text too).
  return (await card.getByTestId(`collected-${month}`).innerText()).trim();
}

test.beforeAll(async () => {
  await host().call('data.import', { file: JSON.parse(fs.readFileSync(WORKSPACE_B, 'utf8')) });
});

test('the list shows invoices by status, and Today links each overdue invoice to its page', async ({ page }) => {
  await openApp(page, host(), '/invoices');
  await expect(page.getByText('24 invoices')).toBeVisible();
  await page.getByRole('radio', { name: 'Overdue' }).check();
  await expect(page).toHaveURL(/status=overdue/);
  // INV-2026-0002 was issued on 1 February with 30 days to pay and never paid.
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('INV-2026-0002');
  await expect(dataRows(page).first()).toContainText('Overdue');
  await page.getByRole('radio', { name: 'Paid' }).check();
  await expect(dataRows(page)).toHaveCount(23);

  await openApp(page, host(), '/');
  const card = page.getByRole('region', { name: /Overdue invoices/ });
  await card.getByRole('link', { name: /INV-2026-0002/ }).click();
  await expect(page).toHaveURL(/#\/invoices\/j15$/);
  await expect(page.getByRole('heading', { level: 1, name: 'INV-2026-0002' })).toBeVisible();
});

test('generate: review the due lines, create drafts, and the same lines are never drafted twice', async ({ page }) => {
  await openApp(page, host(), '/invoices');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Generate due invoices' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Bill what is due up to').fill(UP_TO);
  await dialog.getByLabel('Issue date').fill(UP_TO);

  // The review is what the core would bill: the same lines, grouped one draft per client.
  const due = await host().call<{ clientId: string; amountMinor: number }[]>('invoices.preview', { upTo: UP_TO });
  const clients = new Set(due.map((line) => line.clientId)).size;
  expect(clients).toBeGreaterThan(1);
  await expect(dialog.getByText(`${due.length} lines due, on ${clients} drafts`)).toBeVisible();
  await expect(dialog.getByRole('region')).toHaveCount(clients);
  await dialog.getByRole('button', { name: `Create ${clients} drafts` }).click();
  await expect(dialog).toBeHidden();

  await expect(page).toHaveURL(/status=draft/);
  await expect(dataRows(page)).toHaveCount(clients);
  await expect(page.getByRole('button', { name: `Issue all ${clients} drafts` })).toBeVisible();

  await page.keyboard.press('n');
  await dialog.getByLabel('Bill what is due up to').fill(UP_TO);
  await expect(dialog.getByText(/Nothing is due up to .* not already invoiced/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create 0 drafts' })).toBeDisabled();
  await page.keyboard.press('Escape');
  const drafts = await host().call<Invoice[]>('invoices.list', { status: 'draft' });
  expect(drafts).toHaveLength(clients);
});

test('issue a draft, download its PDF, record a part and then the rest, and it is paid', async ({ page }) => {
  const collectedBefore = await collectedIn(page, '2026-04');
  expect(collectedBefore).toBe(gbp(0));

  await openApp(page, host(), '/invoices?status=draft');
  await dataRows(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^INV-2026-\d{4}$/ })).toBeVisible();
  const id = invoiceIdFromUrl(page);
  const draft = await host().call<Invoice>('invoices.get', { id });
  expect(draft.storedStatus).toBe('draft');
  // A draft takes no payment yet.
  await expect(page.getByRole('button', { name: 'Record payment' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  // Issued for a period long past, it is due already: one chip says Overdue (which is open).
  await expect(page.getByRole('main').getByText('Overdue', { exact: true })).toBeVisible();
  expect((await host().call<Invoice>('invoices.get', { id })).storedStatus).toBe('issued');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${draft.number}.pdf`);
  const pdf = fs.readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // More than the balance is refused, with the balance said as money.
  await page.getByRole('button', { name: 'Record payment' }).click();
  let dialog = page.getByRole('dialog', { name: `Record a payment on ${draft.number}` });
  await expect(dialog.getByLabel('Amount (GBP)')).toHaveValue((draft.totalMinor / 100).toFixed(2));
  await dialog.getByLabel('Amount (GBP)').fill(String(draft.totalMinor / 100 + 1));
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog.getByText(`Amount is more than the balance of ${gbp(draft.totalMinor)}`)).toBeVisible();
  await expect(dialog.getByLabel('Amount (GBP)')).toHaveAttribute('aria-invalid', 'true');
  expect((await host().call<Invoice>('invoices.get', { id })).payments).toHaveLength(0);

  // A part payment.
  await dialog.getByLabel('Amount (GBP)').fill('100');
  await dialog.getByLabel('Date received').fill('2026-04-10');
  await dialog.getByLabel('Method').selectOption('card');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('invoice-balance')).toHaveText(gbp(draft.totalMinor - 10000));
  await expect(page.getByRole('table', { name: `Payments on ${draft.number}` })).toContainText('Card');
  expect((await host().call<Invoice>('invoices.get', { id })).status).toBe('issued');

  // The rest: the amount starts at the balance.
  await page.getByRole('button', { name: 'Record payment' }).click();
  dialog = page.getByRole('dialog', { name: `Record a payment on ${draft.number}` });
  await expect(dialog.getByLabel('Amount (GBP)')).toHaveValue(((draft.totalMinor - 10000) / 100).toFixed(2));
  await dialog.getByLabel('Date received').fill('2026-04-20');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').getByText('Paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('invoice-balance')).toHaveText(gbp(0));
  await expect(page.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
  const paid = await host().call<Invoice>('invoices.get', { id });
  expect(paid).toMatchObject({ status: 'paid', balanceMinor: 0 });
  expect(paid.payments).toHaveLength(2);

  expect(await collectedIn(page, '2026-04')).toBe(gbp(draft.totalMinor));
});

test('void an issued invoice (confirmed; it keeps its number), then issue every draft at once', async ({ page }) => {
  await openApp(page, host(), '/invoices?status=draft');
  const before = await dataRows(page).count();
  expect(before).toBeGreaterThan(1);
  await dataRows(page).first().click();
  const id = invoiceIdFromUrl(page);
  const { number } = await host().call<Invoice>('invoices.get', { id });
  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  await page.getByRole('button', { name: 'Void' }).click();
  const confirm = page.getByRole('dialog', { name: `Void ${number}?` });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect((await host().call<Invoice>('invoices.get', { id })).status).toBe('issued');
  await page.getByRole('button', { name: 'Void' }).click();
  await confirm.getByRole('button', { name: 'Void invoice' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  await expect(page.getByTestId('invoice-balance')).toHaveText('Void: nothing owed');
  expect((await host().call<Invoice>('invoices.get', { id })).status).toBe('void');

  await openApp(page, host(), '/invoices?status=void');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText(number);

  await page.getByRole('radio', { name: 'Drafts' }).check();
  await expect(dataRows(page)).toHaveCount(before - 1);
  await page.getByRole('button', { name: `Issue all ${before - 1} drafts` }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Issue ${before - 1}` })
    .click();
  await expect(page.getByText('No drafts waiting.')).toBeVisible();
  expect(await host().call<Invoice[]>('invoices.list', { status: 'draft' })).toHaveLength(0);
});

test('the client page lists their invoices with the balance, each opening its invoice', async ({ page }) => {
  await openApp(page, host(), '/clients/e2?tab=invoices');
  // Ben Ortiz owes INV-2026-0002 (and whatever this run billed him, now issued).
  const owed = (await host().call<Invoice[]>('invoices.list', { clientId: 'e2', status: 'open' })).reduce(
    (sum, i) => sum + i.balanceMinor,
    0,
  );
  await expect(page.getByTestId('client-balance')).toHaveText(gbp(owed));
  const table = page.getByRole('table', { name: 'Invoices, newest first' });
  await expect(table.getByRole('row', { name: /INV-2026-0002/ })).toContainText('Overdue');
  await table.getByRole('link', { name: 'INV-2026-0002' }).click();
  await expect(page).toHaveURL(/#\/invoices\/j15$/);
});

test('the list exports what it shows as CSV', async ({ page }) => {
  await openApp(page, host(), '/invoices?status=paid');
  const rows = await dataRows(page).count();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export invoices as CSV' }).click();
  const text = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(text.startsWith('\uFEFFNumber,Client,Issue date,Due date,Status,Overdue,Currency,Total,Paid,Balance\r\n')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  expect(lines).toHaveLength(rows + 2);
  expect(lines.slice(1, -1).every((line) => line.includes(',paid,no,GBP,'))).toBe(true);
});

test('Invoices, an invoice page and the generate review are accessible in light and dark', async ({ page }) => {
  // Each axe scan runs twice (light, dark) and takes seconds on a small shared machine.
  test.setTimeout(300_000);
  await openApp(page, host(), '/invoices');
  await expectAccessible(page, 'Invoices');
  await openApp(page, host(), '/invoices/j15');
  await expectAccessible(page, 'invoice page');
  await page.getByRole('button', { name: 'Record payment' }).click();
  await expectAccessible(page, 'record payment dialog');
  await page.keyboard.press('Escape');
  await openApp(page, host(), '/invoices');
  await page.keyboard.press('n');
  await page.getByRole('dialog', { name: 'Generate due invoices' }).getByLabel('Bill what is due up to').fill('2026-12-31');
  await expect(page.getByText(/lines? due, on/)).toBeVisible();
  await expectAccessible(page, 'generate review');
});
