// Data safety through the real UI against the real core: back up, restore from the list
// (the undo backup appears), CSV export and an all-or-nothing CSV import with a column
// mapping, long work that cannot be started twice, axe on Settings, and the recovery screen
// for a workspace file that was damaged while Cadence was closed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, screenReady } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });
const host = hostPerFile();

interface Backup {
  name: string;
  clients: number | null;
}

const backupsSection = (page: Page) => page.getByRole('region', { name: 'Backups' });
const csvSection = (page: Page) => page.getByRole('region', { name: 'Spreadsheets (CSV)' });
const clientNames = async () =>
  (await host().call<{ name: string }[]>('clients.list', { status: 'all' })).map((client) => client.name).sort();

test.beforeAll(async () => {
  await host().call('settings.update', { onboarded: true, businessName: 'Harbour Coaching' });
});

test('back up now, add a client, restore the backup from the list: the client is gone and the undo backup is listed', async ({ page }) => {
  await host().call('clients.create', { name: 'Ada Brightwater' });
  await openApp(page, host(), '/clients');
  await openApp(page, host(), '/settings');
  const section = backupsSection(page);
  await expect(section).toContainText('Next to the database, in backups/');
  await expect(section).toContainText('every backup of the last day (up to 5), then one a day for 14 days, then one a week for 8 weeks');

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('status')).toContainText('Backed up and checked');
  const manual = (await host().call<Backup[]>('backups.list')).find((backup) => backup.name.endsWith('-manual.db'))!;
  expect(manual.clients).toBe(1);
  const manualRow = section.getByRole('row').filter({ hasText: manual.name });
  await expect(manualRow).toContainText('Backed up by you');
  await expect(manualRow.getByRole('cell').nth(1)).toHaveText('1');

  await host().call('clients.create', { name: 'Bruno Castellane' });
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: 'Bruno Castellane' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).first().click();

  await manualRow.getByRole('button', { name: /^Restore the backup from/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Your current data is kept as an undo backup first');
  await expect(dialog).toContainText('1 client');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toBeHidden();

  const undo = (await host().call<Backup[]>('backups.list')).find((backup) => backup.name.endsWith('-before-restore.db'))!;
  expect(undo.clients).toBe(2);
  await expect(page.locator('.toast')).toContainText(`kept as the undo backup ${undo.name}`);
  await expect(section.getByRole('row').filter({ hasText: undo.name })).toContainText('Undo of a restore');
  expect(await clientNames()).toEqual(['Ada Brightwater']);

  // Every store refetched: the clients list no longer shows the client added after the backup.
  await page.getByRole('link', { name: 'Clients' }).first().click();
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('link', { name: 'Ada Brightwater' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Bruno Castellane' })).toBeHidden();
});

test('while a backup runs its button is busy, other long work is off, and the section says what is happening', async ({ page }) => {
  await openApp(page, host(), '/settings');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/backups.create', async (route) => {
    await held;
    await route.continue();
  });
  const section = backupsSection(page);
  const button = section.getByRole('button', { name: /Back(ing)? up/ });
  await button.click();
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(section.getByRole('status')).toHaveText('Backing up and checking the copy…');
  await expect(section.getByRole('button', { name: /^Restore the backup from/ }).first()).toBeDisabled();
  await expect(csvSection(page).getByRole('button', { name: 'Clients' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Export workspace' })).toBeDisabled();
  const before = (await host().call<Backup[]>('backups.list')).length;
  release();
  await expect(section.getByRole('status')).toContainText('Backed up and checked');
  await expect(button).toBeEnabled();
  await expect(csvSection(page).getByRole('button', { name: 'Clients' })).toBeEnabled();
  expect((await host().call<Backup[]>('backups.list')).length).toBe(before + 1);
});

test('clients export as CSV, with a BOM for Excel when asked', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const exports = csvSection(page).getByRole('group', { name: 'Export a table' });
  let downloading = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Clients' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe('cadence-clients.csv');
  let text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const [header, ...rows] = text.trimEnd().split('\r\n');
  expect(header!.split(',')).toEqual(expect.arrayContaining(['id', 'name', 'email']));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('Ada Brightwater');
  await expect(csvSection(page).locator('.csv-export').getByRole('status')).toHaveText('Exported clients as cadence-clients.csv.');

  await csvSection(page).getByLabel('Add a BOM for Excel').check();
  downloading = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Clients' }).click();
  download = await downloading;
  text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Ada Brightwater');
});

test('a clients CSV with a bad row imports nothing and names the row and column; a good file then imports', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = csvSection(page);
  const input = section.locator('input[type="file"]');
  const bad = 'Full name,E-mail address,Firm\r\nChloé Martin,chloe@example.com,Atelier Martin\r\nDev Patel,dev-at-example,\r\n';
  await input.setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });

  const preview = section.getByRole('region', { name: 'The first 2 of 2 rows in contacts.csv' });
  await expect(preview.getByRole('columnheader', { name: /Full name/ })).toContainText('→ Name');
  await expect(preview.getByRole('row').nth(2)).toContainText('dev-at-example');
  // Suggested from the headers: "Full name" is a name; the other two are the coach's to map.
  await expect(section.getByLabel('Name (required)')).toHaveValue('Full name');
  await expect(section.getByLabel('Email')).toHaveValue('');
  await section.getByLabel('Email').selectOption('E-mail address');
  await section.getByLabel('Company').selectOption('Firm');
  await expect(preview.getByRole('columnheader', { name: /Firm/ })).toContainText('→ Company');

  await section.getByRole('button', { name: 'Import 2 clients' }).click();
  const problem = section.getByRole('alert');
  await expect(problem).toContainText('Nothing was imported.');
  await expect(problem.getByRole('listitem')).toHaveText([
    'Row 3, column “E-mail address”: must be an email address like name@example.com',
  ]);
  expect(await clientNames()).toEqual(['Ada Brightwater']);

  // A required field left out is named on its select.
  await section.getByLabel('Name (required)').selectOption('');
  await section.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(section.getByText('Name is required', { exact: true })).toBeVisible();
  expect(await clientNames()).toEqual(['Ada Brightwater']);

  const good = bad.replace('dev-at-example', 'dev@example.com');
  await input.setInputFiles({ name: 'contacts-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(section.getByLabel('Name (required)')).toHaveValue('Full name');
  await section.getByLabel('Email').selectOption('E-mail address');
  await section.getByLabel('Company').selectOption('Firm');
  await section.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(section.locator('.csv-import').getByRole('status')).toHaveText('Imported 2 clients from contacts-fixed.csv.');
  await expect(section.getByRole('alert')).toBeHidden();
  expect(await clientNames()).toEqual(['Ada Brightwater', 'Chloé Martin', 'Dev Patel']);
  const chloe = (await host().call<{ name: string; email: string; company: string }[]>('clients.list', { status: 'all' })).find(
    (c) => c.name === 'Chloé Martin',
  );
  expect(chloe).toMatchObject({ email: 'chloe@example.com', company: 'Atelier Martin' });
});

test('sessions import explains the start format and how clients are matched', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = csvSection(page);
  await section.getByRole('radio', { name: 'Sessions' }).check();
  await expect(section).toContainText('2026-03-01 10:00 in your time zone');
  await expect(section).toContainText('Clients are matched by their name or email');
  const csv = 'Client,Start,Minutes\r\nAda Brightwater,2026-03-01 10:00,60\r\nNobody Known,2026-03-02 10:00,45\r\n';
  await section.locator('input[type="file"]').setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(section.getByLabel('Start (required)')).toHaveValue('Start');
  await section.getByRole('button', { name: 'Import 2 sessions' }).click();
  await expect(section.getByRole('alert').getByRole('listitem')).toHaveText(['Row 3, column “Client”: no client is named "Nobody Known"']);
  expect((await host().call<{ counts: { sessions: number } }>('data.status')).counts.sessions).toBe(0);
});

test('Settings with backups, a CSV preview and its errors has no serious or critical axe findings', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = csvSection(page);
  await section
    .locator('input[type="file"]')
    .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Email\r\nEve,not-an-email\r\n') });
  await section.getByRole('button', { name: 'Import 1 client' }).click();
  await expect(section.getByRole('alert')).toContainText('Nothing was imported.');
  await expect(backupsSection(page).getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page, 'Settings with backups and a CSV import');
});

// The recovery screen needs a host that opens a file damaged while Cadence was closed, so it
// starts its own: the host of this file has its database open for the whole file.
interface OwnHost {
  url: string;
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

async function serve(db: string): Promise<OwnHost> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['main/cli.ts', 'serve', '--db', db, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Cadence is running at (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before it was ready`)));
  });
  const { origin, searchParams } = new URL(url);
  return {
    url,
    async call<T>(name: string, input: unknown = {}) {
      const response = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${searchParams.get('token')}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
      return result.value as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A workspace with one client (and, if asked, a backup of it), then damaged while closed. */
async function damagedWorkspace(withBackup: boolean): Promise<{ dir: string; db: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-e2e-recovery-'));
  const db = path.join(dir, 'workspace.db');
  const first = await serve(db);
  await first.call('settings.update', { onboarded: true });
  await first.call('clients.create', { name: 'Ada Brightwater' });
  // A backup of the client now (the automatic one after the first write may have been taken
  // before the client was added); the case without a backup removes them all.
  if (withBackup) await first.call('backups.create', {});
  await first.stop();
  if (!withBackup) fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
  const bytes = fs.readFileSync(db);
  bytes.fill(0, 0, 100); // the header zeroed: no longer a SQLite file
  fs.writeFileSync(db, bytes);
  return { dir, db };
}

test('a damaged workspace file: the recovery screen restores the newest backup', async ({ page }) => {
  const { dir } = await damagedWorkspace(true);
  const damaged = await serve(path.join(dir, 'workspace.db'));
  try {
    await page.goto(damaged.url);
    await expect(page.getByRole('heading', { name: 'Your workspace file was damaged' })).toBeVisible();
    const status = await damaged.call<{ recovery: { damagedFile: string; newestGoodBackup: string } }>('data.status');
    await expect(page.getByRole('main')).toContainText('The file is no longer a database Cadence can read');
    await expect(page.getByRole('main')).toContainText(`untouched, as ${status.recovery.damagedFile}`);
    expect(fs.existsSync(path.join(dir, status.recovery.damagedFile))).toBe(true);
    await expect(page.getByRole('main')).toContainText('(1 clients, 0 sessions)');
    await expectAccessible(page, 'recovery screen');

    await page.getByRole('button', { name: /^Restore the newest backup \(.+\)$/ }).click();
    await screenReady(page);
    await expect(page.getByRole('heading', { name: 'Your workspace file was damaged' })).toBeHidden();
    expect((await damaged.call<{ name: string }[]>('clients.list', { status: 'all' })).map((c) => c.name)).toEqual(['Ada Brightwater']);
  } finally {
    await damaged.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged workspace file with no good backup: the screen says so and starts empty', async ({ page }) => {
  const { dir } = await damagedWorkspace(false);
  const damaged = await serve(path.join(dir, 'workspace.db'));
  try {
    await page.goto(damaged.url);
    await expect(page.getByRole('main')).toContainText('There is no backup that passes its check');
    await expect(page.getByRole('button', { name: /Restore/ })).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export what is here' }).click();
    expect(JSON.parse(fs.readFileSync((await (await downloading).path())!, 'utf8'))).toMatchObject({ format: 'cadence-workspace' });
    await page.getByRole('button', { name: 'Start with an empty workspace' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome to Cadence' })).toBeVisible();
    // Dismissed for this session: a reload does not bring the notice back.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome to Cadence' })).toBeVisible();
  } finally {
    await damaged.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
