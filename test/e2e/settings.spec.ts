// Settings against the real core: saving sections, the core's field errors under the
// fields, percentages stored as fractions, the logo, the theme override, and import.
import os from 'node:os';
import { openApp, screenReady } from './support/app.ts';
import { hostPerFile } from './support/host.ts';
import { practiceWorkspace } from './support/practice.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial' });
const host = hostPerFile();

interface Settings {
  businessName: string;
  businessAddress: string;
  lateCancelHours: number;
  annualRetention: number;
  logoDataUrl: string | null;
}

// The smallest valid PNG (1×1, transparent).
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('import on first run lists the file’s problems by path, then imports a good file', async ({ page }) => {
  await openApp(page, host());
  await page.getByText('Moving from another computer? Import a workspace file').click();
  const input = page.locator('input[type="file"]');

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.getByRole('alert')).toContainText('notes.txt is not a workspace file');

  const broken = practiceWorkspace();
  broken.clients[0]!.email = 'nobody-at-example';
  broken.format = 'something-else';
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Nothing was imported');
  await expect(problems.getByRole('listitem').filter({ hasText: 'clients[0].email' })).toContainText('must be an email address');
  await expect(problems.getByRole('listitem').filter({ hasText: /^format/ })).toBeVisible();
  expect((await host().call<{ empty: boolean }>('data.status')).empty).toBe(true);

  await input.setInputFiles({
    name: 'practice.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(practiceWorkspace())),
  });
  await screenReady(page);
  await expect(page.getByRole('region', { name: 'Your practice' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText('Northwind Coaching');
});

test('the business profile is saved to the core', async ({ page }) => {
  await openApp(page, host(), '/settings');
  await page.getByLabel('Business name').fill('Northwind Coaching & Advisory');
  await page.getByLabel('Address').fill('1 Harbour Road\nKiel');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('button', { name: 'Save profile' })).toBeDisabled();
  await expect(page.getByRole('complementary')).toContainText('Northwind Coaching & Advisory');
  const settings = await host().call<Settings>('settings.get');
  expect(settings).toMatchObject({ businessName: 'Northwind Coaching & Advisory', businessAddress: '1 Harbour Road\nKiel' });
});

test('defaults: percentages are stored as fractions, and the core’s errors name the field', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const hours = page.getByLabel('Late cancellation');
  await hours.fill('2.5');
  await page.getByLabel('Annual retention').fill('82.5');
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Late cancellation must be a whole number of hours')).toBeVisible();
  // Nothing from a refused save is stored.
  expect((await host().call<Settings>('settings.get')).annualRetention).toBe(0.75);

  await page.getByLabel('Annual retention').fill('140');
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByText('Annual retention must be between 0 and 100 %')).toBeVisible();

  await hours.fill('48');
  await page.getByLabel('Annual retention').fill('82.5');
  await page.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByRole('button', { name: 'Save defaults' })).toBeDisabled();
  expect(await host().call<Settings>('settings.get')).toMatchObject({ lateCancelHours: 48, annualRetention: 0.825 });
});

test('a logo is uploaded, previewed and removed', async ({ page }) => {
  await openApp(page, host(), '/settings');
  await page.locator('input[type="file"][accept*="image"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await expect(page.getByRole('img', { name: 'Your logo' })).toBeVisible();
  expect((await host().call<Settings>('settings.get')).logoDataUrl).toMatch(/^data:image\/png;base64,/);

  await page
    .locator('input[type="file"][accept*="image"]')
    .setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(page.getByRole('alert')).toHaveText('The logo must be a PNG or JPEG image.');

  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('img', { name: 'Your logo' })).toBeHidden();
  expect((await host().call<Settings>('settings.get')).logoDataUrl).toBeNull();
});

test('the theme can be chosen by hand and is remembered on this computer', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, host(), '/settings');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  await screenReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: 'Match system' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  expect(await background()).toBe(light);
});

test('working hours: a day off, a split day, an overlap refused inline, then saved to the core', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = page.getByRole('region', { name: 'Working hours' });
  const before = await host().call<{ workingHours: Record<string, [string, string][]> }>('settings.get');
  expect(Object.keys(before.workingHours).length).toBeGreaterThan(0);

  // Friday off; Wednesday split into a morning and an afternoon that first overlap.
  await section.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await expect(section.getByRole('listitem').filter({ hasText: 'Friday' })).toContainText('Not working');
  await section.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
  await section.getByRole('checkbox', { name: 'Wednesday' }).check();
  await section.getByRole('button', { name: 'Add a range on Wednesday' }).click();
  await section.getByLabel('Wednesday until (1)').fill('14:00');
  await section.getByRole('button', { name: 'Save working hours' }).click();
  await expect(section.getByText('Wednesday: overlaps 13:00–17:00')).toBeVisible();
  expect((await host().call<typeof before>('settings.get')).workingHours).toEqual(before.workingHours);

  await section.getByLabel('Wednesday until (1)').fill('12:00');
  await section.getByRole('button', { name: 'Save working hours' }).click();
  await expect(section.getByRole('button', { name: 'Save working hours' })).toBeDisabled();
  const after = await host().call<typeof before>('settings.get');
  expect(after.workingHours['5']).toBeUndefined();
  expect(after.workingHours['3']).toEqual([
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]);
});

test('the backup folder must be a full path; a good one is saved and the default can come back', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = page.getByRole('region', { name: 'Backups' });
  const field = section.getByLabel('Backup folder');
  await field.fill('relative/folder');
  await section.getByRole('button', { name: 'Save folder' }).click();
  await expect(section.getByText('Backup folder must be a full folder path')).toBeVisible();
  expect((await host().call<{ backupFolder: string | null }>('settings.get')).backupFolder).toBeNull();

  const folder = `${os.tmpdir()}/cadence-e2e-backups-${Date.now()}`;
  await field.fill(folder);
  await section.getByRole('button', { name: 'Save folder' }).click();
  await expect(section).toContainText(`In ${folder}`);
  expect((await host().call<{ backupFolder: string | null }>('settings.get')).backupFolder).toBe(folder);

  await section.getByRole('button', { name: 'Use the default' }).click();
  await expect(section).toContainText('Next to the database, in backups/');
  expect((await host().call<{ backupFolder: string | null }>('settings.get')).backupFolder).toBeNull();
});

test('how many backups are kept: a zero is refused inline, then a new policy is saved and described', async ({ page }) => {
  await openApp(page, host(), '/settings');
  const section = page.getByRole('region', { name: 'Backups' });
  await section.getByLabel('Of the last day, keep up to').fill('0');
  await section.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(section.getByText('Of the last day, keep up to must be a whole number, 1 or more')).toBeVisible();
  expect((await host().call<{ backupRetention: unknown }>('settings.get')).backupRetention).toEqual({ recent: 5, daily: 14, weekly: 8 });

  await section.getByLabel('Of the last day, keep up to').fill('3');
  await section.getByLabel('Then one a day for').fill('7');
  await section.getByLabel('Then one a week for').fill('4');
  await section.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(section).toContainText(
    'Kept: every backup of the last day (up to 3), then one a day for 7 days, then one a week for 4 weeks.',
  );
  expect((await host().call<{ backupRetention: unknown }>('settings.get')).backupRetention).toEqual({ recent: 3, daily: 7, weekly: 4 });
});
