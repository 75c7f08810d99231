// The agreements journeys through the real UI against the real core: a client's first
// retainer from its template, edited (a clause, a merge field from the picker), sent,
// signed, exported to PDF and amended to version 2 with its diff; merge-field and term
// errors shown where they are; cancel with notice, pause, keyboard use and axe.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, screenReady } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile, startHost } from './support/host.ts';
import { practiceWorkspace } from './support/practice.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();

interface Detail {
  agreement: { id: string; status: string; feeMinor: number; title: string; cancellation: unknown; pauses: { from: string; to: string }[] };
  clauses: { id: string; title: string; body: string }[];
  versions: { version: number }[];
  pauseOptions: { start: string; end: string }[];
}

let clientId = '';

function clauseText(page: Page, title: string) {
  return page.getByRole('textbox', { name: `Text of “${title}”` });
}

function previewClause(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Live preview' })
    .locator('.doc__clause')
    .filter({ has: page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${title}$`) }) });
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 10_000 });
}

/** A draft made through the core, for the tests that are not about creating one. */
async function draftFor(kind: 'work' | 'access' | 'value' | 'project', terms: Record<string, unknown> = {}): Promise<Detail> {
  return host().call<Detail>('agreements.create', { clientId, kind, ...terms });
}

test('a client’s first retainer: template, clause, merge field, send, sign, PDF, amendment and its diff', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page, host());
  await page.getByRole('button', { name: /Start with an empty workspace/ }).click();
  await page.getByLabel('Business name').fill('Harbour Coaching');
  await page.getByRole('button', { name: 'Continue' }).click();
  await screenReady(page);

  // The client, made in Clients.
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await page.getByRole('button', { name: 'New client' }).first().click();
  const clientDialog = page.getByRole('dialog', { name: 'New client' });
  await clientDialog.getByLabel('Name').fill('Ada Lovelace');
  await clientDialog.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  clientId = decodeURIComponent(page.url().split('/clients/')[1]!);
  await expect(page.getByRole('region', { name: 'Agreements' })).toContainText('No agreements yet');

  // From the client page: the client is chosen, the kind and its template are picked.
  await page.getByRole('link', { name: 'New agreement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New agreement' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(clientId);
  await page.getByRole('radio', { name: /Pay-for-Work/ }).check();
  await expect(page.getByRole('combobox', { name: 'Template', exact: true })).toHaveValue('builtin-work');
  await page.getByRole('button', { name: 'Create draft' }).click();

  // The editor: terms on the left, the document on the right.
  await expect(page.getByRole('heading', { level: 1, name: 'Pay-for-Work retainer' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Live preview' });
  await expect(preview).toContainText('Prepared for Ada Lovelace');
  await page.getByRole('textbox', { name: 'Fee', exact: true }).fill('1500');
  await expect(preview.getByRole('row', { name: /Fee/ })).toContainText('€1,500.00 per month, in advance');

  // Edit a clause; the preview follows on the keystroke.
  const scope = clauseText(page, 'Scope of work');
  await scope.click();
  await scope.press('Control+End');
  await scope.pressSequentially(' We meet in Lisbon once a term. Agreed with ');
  await expect(previewClause(page, 'Scope of work')).toContainText('We meet in Lisbon once a term.');

  // A merge field from the picker goes in at the cursor and shows filled in.
  await page.getByRole('button', { name: 'Insert a merge field into “Scope of work”' }).click();
  await page.getByRole('menuitem', { name: /Client name/ }).click();
  await expect(scope).toBeFocused();
  await expect(scope).toHaveValue(/Agreed with \{\{client\.name\}\}$/);
  await expect(previewClause(page, 'Scope of work')).toContainText('Agreed with Ada Lovelace');
  await saved(page);
  const stored = await host().call<{ id: string }[]>('agreements.list', { clientId });
  expect(stored).toHaveLength(1);
  const id = stored[0]!.id;
  const draft = await host().call<Detail>('agreements.get', { id });
  expect(draft.agreement.feeMinor).toBe(150000);
  expect(draft.clauses.find((c) => c.title === 'Scope of work')!.body).toMatch(/Agreed with \{\{client\.name\}\}$/);

  // Send, then sign.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/waiting for the client’s signature/)).toBeVisible();
  await expect(page.locator('.editor-bar').getByText('Sent', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark signed' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Mark as signed' });
  await expect(signDialog.getByLabel('Signed by')).toHaveValue('Ada Lovelace');
  await signDialog.getByRole('radio', { name: 'Typed name' }).check();
  await signDialog.getByRole('button', { name: 'Mark as signed' }).click();
  await expect(signDialog).toBeHidden();
  await expect(page.locator('.editor-bar').getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Versions, newest first' })).toContainText('Version 1');

  // The PDF carries the client's name and the fee.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.editor-bar').getByRole('button', { name: 'PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Ada-Lovelace-.*-v1\.pdf$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-pdf-')), 'agreement.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ada Lovelace');
  expect(text).toContain('€1,500.00');
  expect(text).toContain('We meet in Lisbon once a term.');

  // Amend: a higher fee and a changed clause become version 2.
  await page.getByRole('button', { name: 'Amend' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amend/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Fee', exact: true }).fill('1800');
  await clauseText(page, 'Scope of work').fill((await clauseText(page, 'Scope of work').inputValue()).replace('Lisbon', 'Porto'));
  await expect(previewClause(page, 'Scope of work')).toContainText('We meet in Porto');
  await page.getByRole('button', { name: 'Sign amendment…' }).click();
  const amendDialog = page.getByRole('dialog', { name: 'Sign the amendment as version 2' });
  await amendDialog.getByRole('button', { name: 'Save version 2' }).click();
  await expect(amendDialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Versions, newest first' })).toContainText('Version 2 · current');
  expect((await host().call<Detail>('agreements.get', { id })).versions.map((v) => v.version)).toEqual([1, 2]);

  // The diff: the fee row, and the clause with what was removed and added.
  await page.getByRole('link', { name: 'Compare version 2 with version 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Version 2 compared with version 1' })).toBeVisible();
  const feeRow = page.getByRole('table', { name: 'Changed terms' }).getByRole('row', { name: /Fee/ });
  await expect(feeRow).toContainText('€1,500.00 per month');
  await expect(feeRow).toContainText('€1,800.00 per month');
  const changed = page.getByRole('article', { name: 'Scope of work: changed' });
  await expect(changed.locator('del')).toContainText('Lisbon');
  await expect(changed.locator('ins')).toContainText('Porto');
  // Readable without colour: the marks are named in text, and the clauses not changed are hidden.
  await expect(changed).toContainText('[removed: Lisbon]');
  await expect(page.getByRole('article', { name: /Parties/ })).toHaveCount(0);
});

test('an unknown merge field blocks sending, with the message next to its clause', async ({ page }) => {
  const draft = await draftFor('work', { feeMinor: 90000 });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);
  const send = page.getByRole('button', { name: 'Mark as sent' });
  await expect(send).toBeEnabled();

  const parties = clauseText(page, 'Parties');
  await parties.click();
  await parties.press('Control+End');
  await parties.pressSequentially(' Known as {{client.nickname}}.');
  const message = '{{client.nickname}} is not a merge field';
  await expect(send).toBeDisabled();
  await expect(page.locator('#send-blocked')).toContainText(message);
  await expect(parties).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await parties.getAttribute('aria-describedby'))!.split(' ')[0]!;
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText(message);
  await expect(page.getByRole('region', { name: 'Live preview' }).locator('mark.doc__error')).toHaveText(/\{\{client\.nickname\}\}/);

  // The core refuses it too, naming the clause.
  await expect(page.getByText('Not saved')).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 10_000 });
  const refused = await fetch(`${host().origin}/api/agreements.send`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host().token}` },
    body: JSON.stringify({ id: draft.agreement.id }),
  }).then((r) => r.json() as Promise<{ ok: boolean; error: { fields: Record<string, string> } }>);
  expect(refused.ok).toBe(false);
  expect(refused.error.fields['clauses.parties']).toContain(message);

  // Removing the field lets it go.
  await parties.fill((await parties.inputValue()).replace(' Known as {{client.nickname}}.', ''));
  await expect(send).toBeEnabled();
});

test('the core’s field errors appear under the fields they name, and nothing typed is lost', async ({ page }) => {
  const draft = await draftFor('work', { feeMinor: 90000 });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);
  const fee = page.getByRole('textbox', { name: 'Fee', exact: true });
  await fee.fill('-5');
  await expect(page.getByText('Fee must not be negative')).toBeVisible();
  await expect(fee).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('25:00');
  await expect(page.getByText('Time must be a time written HH:mm')).toBeVisible();
  await page.getByRole('textbox', { name: 'Term', exact: true }).fill('5');
  await page.getByRole('radio', { name: 'Quarterly' }).check();
  await fee.fill('abc');
  await expect(page.getByText('Fee must be an amount such as 1500 or 1500.00')).toBeVisible();
  await expect(page.getByText('Not saved: fix the marked fields')).toBeVisible({ timeout: 10_000 });

  // Leaving and coming back keeps the text as typed. (The list's code may still be loading
  // after the click, with the editor shown meanwhile: wait for the list itself.)
  await page.getByRole('link', { name: 'Agreements' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
  await screenReady(page);
  await page.goto(`${host().origin}/#/agreements/${draft.agreement.id}`);
  await screenReady(page);
  await expect(page.getByText('Changes you made earlier and had not saved were put back.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Fee', exact: true })).toHaveValue('abc');
  await expect(page.getByRole('textbox', { name: 'Time', exact: true })).toHaveValue('25:00');

  // Fixed, it saves; the core's cross-field rule (term a multiple of the period) is shown too.
  await page.getByRole('textbox', { name: 'Fee', exact: true }).fill('950.50');
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('09:30');
  await expect(page.getByText('Term must be a multiple of the billing period (3 months)')).toBeVisible({ timeout: 10_000 });
  await page.getByRole('textbox', { name: 'Term', exact: true }).fill('6');
  await saved(page);
  const stored = await host().call<Detail & { agreement: { slot: { time: string }; periodMonths: number; termMonths: number } }>(
    'agreements.get',
    { id: draft.agreement.id },
  );
  expect(stored.agreement).toMatchObject({ feeMinor: 95050, periodMonths: 3, termMonths: 6, slot: { time: '09:30' } });
});

test('clauses: reorder from the keyboard, remove with undo, add from the library', async ({ page }) => {
  const draft = await draftFor('access', { feeMinor: 200000 });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);
  const clauses = page.locator('.clause-list > li');
  await expect(clauses.first()).toHaveAttribute('aria-label', 'Clause 1: Parties');

  const down = page.getByRole('button', { name: 'Move “Parties” down' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(clauses.nth(1)).toHaveAttribute('aria-label', 'Clause 2: Parties');
  await expect(page.getByRole('button', { name: 'Move “Parties” down' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Live preview' }).locator('.doc__clause-title').nth(1)).toHaveText('2. Parties');

  await page.getByRole('button', { name: 'Remove “Confidentiality”' }).click();
  await expect(clauseText(page, 'Confidentiality')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(clauseText(page, 'Confidentiality')).toHaveCount(1);

  await page.getByRole('button', { name: 'Add from library' }).click();
  const library = page.getByRole('dialog', { name: 'Clause library' });
  await library.getByRole('searchbox', { name: 'Filter clauses' }).fill('rollover');
  await library.getByRole('button', { name: 'Add “Unused time and additional time”' }).click();
  await page.keyboard.press('Escape');
  await expect(clauses.last()).toHaveAttribute('aria-label', /Unused time and additional time$/);
  await saved(page);
  const stored = await host().call<Detail>('agreements.get', { id: draft.agreement.id });
  expect(stored.clauses.map((c) => c.id).slice(0, 2)).toEqual(['scope-access', 'parties']);
  expect(stored.clauses.at(-1)!.id).toBe('rollover-overage');
});

test('cancel with notice shows the deadline and the end first; pause a period and remove it', async ({ page }) => {
  const draft = await draftFor('work', { feeMinor: 120000, startDate: '2026-01-15', termMonths: 12, noticeDays: 30 });
  await host().call('agreements.sign', { id: draft.agreement.id, signedBy: 'Ada Lovelace', method: 'paper', signedOn: '2026-01-10' });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);

  await page.getByRole('button', { name: 'Cancel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this agreement' });
  await dialog.getByLabel('Notice given on').fill('2026-12-01');
  await expect(dialog).toContainText('Notice deadline for this term');
  await expect(dialog).toContainText('Dec 16, 2026');
  await expect(dialog.getByLabel(/^Ends on/)).toHaveValue('2027-01-15');
  // Notice after the deadline runs to the next term's end.
  await dialog.getByLabel('Notice given on').fill('2026-12-20');
  await expect(dialog.getByLabel(/^Ends on/)).toHaveValue('2028-01-15');
  await dialog.getByLabel('Notice given on').fill('2026-12-01');
  await expect(dialog.getByLabel(/^Ends on/)).toHaveValue('2027-01-15');
  await dialog.getByRole('button', { name: 'Cancel agreement' }).click();
  await expect(page.getByText('Cancelled with notice: it ends on Jan 15, 2027.')).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw cancellation' }).click();
  await expect(page.getByText(/Cancelled with notice/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Pause' }).click();
  const pause = page.getByRole('dialog', { name: 'Pause billing periods' });
  const options = (await host().call<Detail>('agreements.get', { id: draft.agreement.id })).pauseOptions;
  await pause.getByRole('button', { name: 'Pause' }).click();
  await expect(pause).toBeHidden();
  const stored = await host().call<Detail>('agreements.get', { id: draft.agreement.id });
  expect(stored.agreement.pauses).toEqual([{ from: options[0]!.start, to: options[0]!.end }]);
  await page.getByRole('button', { name: /Remove the pause from/ }).click();
  await expect(page.getByRole('button', { name: /Remove the pause from/ })).toHaveCount(0);
});

test('the list: filters, `n` for a new agreement, terms prefilled from a link', async ({ page }) => {
  await openApp(page, host(), '/agreements');
  const table = page.getByRole('table', { name: 'Agreements' });
  await expect(table.getByRole('row')).toHaveCount(1 + 5);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('active');
  await expect(table.getByRole('row')).toHaveCount(1 + 2);
  await expect(page).toHaveURL(/status=active/);
  await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('access');
  await expect(page.getByText('No agreements match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(table.getByRole('row')).toHaveCount(1 + 5);

  // A row opens its agreement from the keyboard.
  await table.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  await screenReady(page);
  await expect(page).toHaveURL(/#\/agreements\/[^/]+$/);
  await page.goBack();
  await screenReady(page);

  await page.getByRole('heading', { level: 1, name: 'Agreements' }).click();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'New agreement' })).toBeVisible();

  await page.goto(
    `${host().origin}/#/agreements/new?clientId=${encodeURIComponent(clientId)}&kind=work&feeMinor=90000&includedMinutes=240`,
  );
  await screenReady(page);
  await expect(page.getByRole('note')).toContainText('Fee €900.00 · 4 h included');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Fee', exact: true })).toHaveValue('900.00');
  await expect(page.getByRole('textbox', { name: 'Included minutes' })).toHaveValue('240');
});

test('delete a draft after confirming', async ({ page }) => {
  const draft = await draftFor('project', { title: 'Pricing review', hourlyRateMinor: 15000 });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete this draft?' }).getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
  const rows = await host().call<{ title: string }[]>('agreements.list', {});
  expect(rows.map((r) => r.title)).not.toContain('Pricing review');
});

test('Today lists notice deadlines and proposals waiting for a signature, each opening its agreement', async ({ page }) => {
  // Dates relative to the real today (the host's clock), in a workspace of its own.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const shift = (days: number, months = 0) => {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + months);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  const file = practiceWorkspace({ today });
  const agreements: Record<string, unknown>[] = file.agreements;
  // a1: a 12-month term whose notice deadline (end − 30 days) is ten days away.
  agreements[0] = { ...agreements[0], startDate: shift(40, -12) };
  // a2: a proposal sent 20 days ago.
  agreements[1] = { ...agreements[1], status: 'sent', sentAt: `${shift(-20)}T09:00:00Z` };
  const own = await startHost();
  try {
    await own.call('data.import', { file });
    await openApp(page, own);
    const card = page.getByRole('region', { name: 'Agreements needing attention' });
    await expect(card).toContainText(`Notice by`);
    await expect(card).toContainText('(in 10 days)');
    await expect(card).toContainText('waiting 20 days');
    await card.getByRole('link', { name: 'Jonas Becker · Advisory retainer' }).click();
    await screenReady(page);
    await expect(page).toHaveURL(/#\/agreements\/a2$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Advisory retainer' })).toBeVisible();
    await page.goBack();
    await screenReady(page);
    await page
      .getByRole('region', { name: 'Agreements needing attention' })
      .getByRole('link', { name: 'Amélie Laurent · Leadership coaching' })
      .click();
    await expect(page).toHaveURL(/#\/agreements\/a1$/);
  } finally {
    await own.close();
  }
});

// axe scans each screen in light and dark; on a small shared machine that takes a while.
test('axe: the Agreements list has no serious or critical violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, host(), '/agreements');
  await expect(page.getByRole('table', { name: 'Agreements' })).toBeVisible();
  await expectAccessible(page, 'Agreements list');
});

test('axe: the agreement editor has no serious or critical violations', async ({ page }) => {
  test.setTimeout(180_000);
  const draft = await draftFor('value', { feeMinor: 1_000_000 });
  await openApp(page, host(), `/agreements/${draft.agreement.id}`);
  await expect(page.getByRole('region', { name: 'Live preview' })).toContainText('Installment 1');
  await expectAccessible(page, 'Agreement editor');
});
