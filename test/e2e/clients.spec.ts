// The clients journeys through the real UI against the real core: first run, create, edit
// (the server's validation shown inline), search, archive and restore, text safety, keys.
import type { Page } from '@playwright/test';
import { openApp, screenReady } from './support/app.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();

interface ClientRecord {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  status: string;
}

async function createClient(page: Page, fields: { name: string; company?: string; email?: string }): Promise<void> {
  await page.getByRole('button', { name: 'New client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill(fields.name);
  if (fields.company) await dialog.getByLabel('Company').fill(fields.company);
  if (fields.email) await dialog.getByLabel('Email').fill(fields.email);
  await dialog.getByRole('button', { name: 'Add client' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: fields.name })).toBeVisible();
}

function clientsTable(page: Page) {
  return page.getByRole('table', { name: 'Clients' });
}

test('first run: starting with an empty workspace leads to Today with its first steps', async ({ page }) => {
  await page.goto(host().url);
  await expect(page.getByRole('heading', { name: 'Welcome to Cadence' })).toBeVisible();
  await page.getByRole('button', { name: /Start with an empty workspace/ }).click();
  await page.getByLabel('Business name').fill('Harbour Coaching');
  await page.getByRole('button', { name: 'Continue' }).click();

  await screenReady(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('Add your first client');
  await expect(page.getByRole('complementary')).toContainText('Harbour Coaching');
  const status = await host().call<{ onboarded: boolean; empty: boolean }>('data.status');
  expect(status).toMatchObject({ onboarded: true, empty: true });
});

test('create a client, then an invalid email is refused inline and nothing is saved', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await expect(page.getByText('No clients yet')).toBeVisible();
  await createClient(page, { name: 'Ada Lovelace', company: 'Analytical Engines', email: 'ada@example.com' });

  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit client' });
  const email = dialog.getByLabel('Email');
  await email.fill('ada-at-example');
  await dialog.getByLabel('Company').fill('Changed Ltd');
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  // The message is the core's, named after the field, and tied to the input.
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await email.getAttribute('aria-describedby');
  const errorText = await page.locator(`[id="${describedBy!.split(' ')[0]}"]`).textContent();
  expect(errorText).toBe('Email must be an email address like name@example.com');
  await expect(dialog).toBeVisible();

  const [stored] = await host().call<ClientRecord[]>('clients.list', { search: 'Ada' });
  expect(stored).toMatchObject({ email: 'ada@example.com', company: 'Analytical Engines' });

  await email.fill('ada@lovelace.example');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('ada@lovelace.example')).toBeVisible();
  await expect(page.getByText('Changed Ltd')).toBeVisible();
});

test('search finds clients by name, also without the accents', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await createClient(page, { name: 'Zoë Łukasiewicz', company: 'Kraków Partners' });
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await screenReady(page);

  const filter = page.getByLabel('Filter clients');
  await filter.fill('zoe');
  await expect(clientsTable(page).getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible();
  await expect(clientsTable(page).getByText('Ada Lovelace')).toBeHidden();
  await filter.fill('lukasiewicz krakow');
  await expect(clientsTable(page).getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible();
  await filter.fill('nobody-by-this-name');
  await expect(page.getByText('No clients match “nobody-by-this-name”')).toBeVisible();
  await filter.fill('');
  await expect(clientsTable(page).getByText('Ada Lovelace')).toBeVisible();

  // The sidebar search jumps straight to a client.
  await page.getByRole('combobox', { name: 'Search clients' }).fill('ZOE');
  await page.getByRole('option', { name: /Zoë Łukasiewicz/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible();
});

test('archive hides a client from Current and shows it under Archived; restore brings it back', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await clientsTable(page).getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This client is archived')).toBeVisible();

  await page.getByRole('link', { name: 'Clients' }).first().click();
  await screenReady(page);
  await expect(clientsTable(page).getByText('Zoë Łukasiewicz')).toBeVisible();
  await expect(clientsTable(page).getByText('Ada Lovelace')).toBeHidden();
  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect(clientsTable(page).getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(clientsTable(page).getByText('Zoë Łukasiewicz')).toBeHidden();

  await clientsTable(page).getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('This client is archived')).toBeHidden();
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await page.getByRole('radio', { name: 'Current' }).check();
  await expect(clientsTable(page).getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  const [stored] = await host().call<ClientRecord[]>('clients.list', { search: 'Ada', status: 'all' });
  expect(stored?.status).toBe('active');
});

test('a name that looks like HTML is shown as text and never runs', async ({ page }) => {
  const hostile = '<img src=x onerror=window.__x=1>';
  await openApp(page, host(), '/clients');
  await createClient(page, { name: hostile });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(clientsTable(page).getByRole('link', { name: hostile })).toBeVisible();
  await page.goto(`${host().origin}/#/`);
  await screenReady(page);
  await expect(page.getByText(hostile).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
});

test('a client nothing refers to can be deleted after confirming', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await createClient(page, { name: 'Temporary Person' });
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Temporary Person?' });
  await confirm.getByRole('button', { name: 'Delete client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(clientsTable(page).getByText('Temporary Person')).toBeHidden();
  expect(await host().call<ClientRecord[]>('clients.list', { search: 'Temporary', status: 'all' })).toEqual([]);
});

test('keyboard: n opens the new-client dialog in Clients, / focuses search, keys typed in fields stay there', async ({ page }) => {
  await openApp(page, host(), '/clients');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  // Typing "n" in the form is text, not a second dialog.
  await page.keyboard.type('Nina');
  await expect(dialog.getByLabel('Name')).toHaveValue('Nina');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search clients' })).toBeFocused();
  await page.keyboard.type('n');
  await expect(page.getByRole('combobox', { name: 'Search clients' })).toHaveValue('n');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('privacy mode blurs names and amounts and is toggled with Shift+P', async ({ page }) => {
  await openApp(page, host(), '/clients');
  const name = clientsTable(page).getByRole('link', { name: 'Ada Lovelace' });
  await expect(name).toHaveCSS('filter', 'none');
  await page.keyboard.press('Shift+P');
  await expect(page.locator('html')).toHaveClass(/privacy/);
  await expect(name).toHaveCSS('filter', /blur/);
  await expect(page.getByRole('button', { name: 'Privacy mode' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+P');
  await expect(name).toHaveCSS('filter', 'none');
});
