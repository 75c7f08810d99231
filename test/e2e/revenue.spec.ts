// Quarterly planning (journey 6), moving a client to a retainer (journey 3, its first step)
// and pricing by value (journey 7), through the real UI against the real core, on worked
// example B as of 20 February 2026 (docs/domain.md; test/fixtures/examples/expected-b.json).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openApp } from './support/app.ts';
import { expectAccessible } from './support/axe.ts';
import { hostPerFile } from './support/host.ts';
import { expect, test } from './support/test.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });
const host = hostPerFile();

const EXAMPLES = path.resolve(import.meta.dirname, '..', 'fixtures', 'examples');
const AS_OF = '2026-02-20';

function gbp(minor: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'GBP' }).format(minor / 100);
}

interface ForecastMonth {
  month: string;
  expectedMinor: number;
}

function expectedTotal(months: ForecastMonth[]): number {
  return months.reduce((sum, m) => sum + m.expectedMinor, 0);
}

function forecastCard(page: Page) {
  return page.getByRole('region', { name: /^Forecast, 12 months/ });
}

function whatIfPanel(page: Page) {
  return page.getByRole('region', { name: /^What-if/ });
}

async function openRevenue(page: Page): Promise<void> {
  await openApp(page, host(), `/revenue?asOf=${AS_OF}`);
}

test.beforeAll(async () => {
  await host().call('data.import', { file: JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'workspace-b.json'), 'utf8')) });
});

test('the dashboard shows the worked example: MRR, ARR, concentration with its warning, the forecast', async ({ page }) => {
  const expected = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'expected-b.json'), 'utf8'));
  const gbpMetrics = expected.metrics.currencies.GBP;
  await openRevenue(page);
  await expect(page.getByLabel('As of')).toHaveValue(AS_OF);
  await expect(page.getByTestId('mrr-GBP')).toHaveText(gbp(gbpMetrics.mrrMinor));
  await expect(page.getByRole('region', { name: 'Recurring revenue' })).toContainText(gbp(gbpMetrics.arrMinor));
  await expect(page.getByTestId('top-share-GBP')).toHaveText(`${(gbpMetrics.topClientShare * 100).toFixed(1)}%`);
  const concentration = page.getByRole('region', { name: /Concentration and volatility/ });
  await expect(concentration.getByText('Above 30%')).toBeVisible();
  await expect(concentration.getByRole('link', { name: 'Finn Olsen' })).toBeVisible();
  await expect(concentration).toContainText(gbpMetrics.hhi.toFixed(2));
  await expect(concentration).toContainText(`${Math.round(gbpMetrics.volatility * 100)}%`);

  const total = expectedTotal(expected.forecast.currencies.GBP);
  await expect(forecastCard(page).getByTestId('forecast-expected')).toHaveText(gbp(total));
  // The chart: one stacked bar per month; pointing at a month shows its figures.
  const chart = forecastCard(page).getByRole('img', { name: 'Committed, renewal and pipeline per month, stacked' });
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  // The first of 12 months sits just right of the 64-pixel axis.
  await chart.hover({ position: { x: 64 + (box.width - 72) / 24, y: box.height / 2 } });
  const first = expected.forecast.currencies.GBP[0];
  const tooltip = forecastCard(page).locator('.chart-tooltip');
  await expect(tooltip).toContainText('Feb 2026');
  await expect(tooltip).toContainText(`Committed${gbp(first.committedMinor)}`);
  // The chart's table view: one row per month, the figures of the CLI's forecast.
  await forecastCard(page).getByRole('radio', { name: 'Table' }).check();
  const table = forecastCard(page).getByRole('table', { name: 'Forecast per month, GBP' });
  await expect(table.locator('tbody tr')).toHaveCount(12);
  const march = expected.forecast.currencies.GBP.find((m: ForecastMonth) => m.month === '2026-03');
  await expect(table.getByRole('row', { name: /^Mar 2026/ })).toContainText(gbp(march.expectedMinor));

  // A different "as of" recomputes everything.
  await page.getByLabel('As of').fill('2025-08-20');
  await expect(page).toHaveURL(/asOf=2025-08-20/);
  await expect(page.getByTestId('top-share-GBP')).not.toHaveText(`${(gbpMetrics.topClientShare * 100).toFixed(1)}%`);
});

test('what-if: lose the top client, add a retainer, change retention; recomputed, marked, never saved, reset', async ({ page }) => {
  const baseline = expectedTotal(
    (await host().call<{ currencies: Record<string, ForecastMonth[]> }>('revenue.forecast', { asOf: AS_OF })).currencies.GBP!,
  );
  await openRevenue(page);
  const expected = forecastCard(page).getByTestId('forecast-expected');
  await expect(expected).toHaveText(gbp(baseline));
  await expect(forecastCard(page).getByText('What-if')).toHaveCount(0);

  // Lose the top client (Finn Olsen, e6): their open-ended £500 a month goes.
  await whatIfPanel(page).getByRole('button', { name: 'Remove the top client (Finn Olsen)' }).click();
  const withoutTop = await host().call<{ forecast: Record<string, ForecastMonth[]> }>('revenue.whatIf', {
    asOf: AS_OF,
    months: 12,
    removeClientIds: ['e6'],
  });
  await expect(expected).toHaveText(gbp(expectedTotal(withoutTop.forecast.GBP!)));
  expect(expectedTotal(withoutTop.forecast.GBP!)).toBeLessThan(baseline);
  await expect(forecastCard(page).getByText('What-if', { exact: true })).toBeVisible();
  await expect(whatIfPanel(page).getByText('On · not saved')).toBeVisible();
  await expect(whatIfPanel(page)).toContainText(`MRR in this what-if: ${gbp(210000)}`);
  await whatIfPanel(page).getByRole('button', { name: 'Bring back Finn Olsen' }).click();
  await expect(expected).toHaveText(gbp(baseline));

  // Any client with an agreement, found by typing (accents aside) and picked with the keyboard.
  const remove = whatIfPanel(page).getByRole('combobox', { name: 'Remove a client' });
  await remove.fill('chloe');
  await expect(whatIfPanel(page).getByRole('option', { name: 'Chloé Dubois' })).toBeVisible();
  await remove.fill('ort');
  await expect(whatIfPanel(page).getByRole('listbox').getByRole('option')).toHaveText(['Ben Ortiz']);
  await remove.press('ArrowDown');
  await expect(remove).toHaveAttribute('aria-activedescendant', /.+/);
  await remove.press('Enter');
  await expect(remove).toHaveValue('');
  await expect(whatIfPanel(page).getByRole('list', { name: 'Clients removed in the what-if' })).toContainText('Without Ben Ortiz');
  const withoutBen = await host().call<{ forecast: Record<string, ForecastMonth[]> }>('revenue.whatIf', {
    asOf: AS_OF,
    months: 12,
    removeClientIds: ['e2'],
  });
  await expect(expected).toHaveText(gbp(expectedTotal(withoutBen.forecast.GBP!)));
  await remove.fill('nobody by this name');
  await expect(whatIfPanel(page).getByRole('listbox').getByRole('option')).toHaveText(['No client with an agreement matches']);
  await remove.press('Escape');
  await expect(remove).toHaveValue('');
  await whatIfPanel(page).getByRole('button', { name: 'Bring back Ben Ortiz' }).click();
  await expect(expected).toHaveText(gbp(baseline));

  // Add a retainer: £1,000 a month from 1 March for 12 months is 11 fees inside the window.
  const panel = whatIfPanel(page);
  await panel.getByLabel('Kind').selectOption('work');
  await panel.getByLabel('Fee per period (GBP)').fill('1000');
  await panel.getByLabel('Starts').fill('2026-03-01');
  await panel.getByLabel('Term').fill('12');
  await panel.getByRole('button', { name: 'Add retainer' }).click();
  await expect(expected).toHaveText(gbp(baseline + 11 * 100000));
  await expect(forecastCard(page)).toContainText(`+${gbp(11 * 100000)}`);
  await expect(panel.getByRole('list', { name: 'Retainers added in the what-if' })).toContainText(
    'Pay for work, £1,000.00 a month from Mar 1, 2026, 12 months',
  );
  await panel.getByRole('button', { name: 'Take this retainer out' }).click();
  await expect(expected).toHaveText(gbp(baseline));

  // Lower retention weighs renewals less.
  await panel.getByLabel('Annual retention').fill('50');
  const lowRetention = await host().call<{ forecast: Record<string, ForecastMonth[]> }>('revenue.whatIf', {
    asOf: AS_OF,
    months: 12,
    annualRetention: 0.5,
  });
  expect(expectedTotal(lowRetention.forecast.GBP!)).toBeLessThan(baseline);
  await expect(expected).toHaveText(gbp(expectedTotal(lowRetention.forecast.GBP!)));

  // Nothing was saved: the settings and the real forecast are as they were.
  const settings = await host().call<{ annualRetention: number }>('settings.get');
  expect(settings.annualRetention).toBe(0.8);
  const after = await host().call<{ currencies: Record<string, ForecastMonth[]> }>('revenue.forecast', { asOf: AS_OF });
  expect(expectedTotal(after.currencies.GBP!)).toBe(baseline);

  await panel.getByRole('button', { name: 'Reset' }).click();
  await expect(expected).toHaveText(gbp(baseline));
  await expect(panel.getByLabel('Annual retention')).toHaveValue('80');
  await expect(forecastCard(page).getByText('What-if', { exact: true })).toHaveCount(0);
});

test('tables sort and export as CSV (RFC 4180, UTF-8)', async ({ page }) => {
  await openRevenue(page);
  const rates = page.getByRole('table', { name: 'Effective hourly rate per client, GBP' });
  const perHour = rates.getByRole('columnheader', { name: 'Per hour' });
  await expect(perHour).toHaveAttribute('aria-sort', 'descending');
  await expect(rates.locator('tbody tr[data-index]').first()).toContainText('Ada Byrne');
  await perHour.getByRole('button').click();
  await expect(perHour).toHaveAttribute('aria-sort', 'ascending');
  await expect(rates.locator('tbody tr[data-index]').first()).toContainText('Ben Ortiz');
  await rates.getByRole('columnheader', { name: 'Client' }).getByRole('button').click();
  await expect(rates.locator('tbody tr[data-index]').first()).toContainText('Ada Byrne');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export forecast as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`forecast-GBP-${AS_OF}.csv`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFFMonth,Currency,Committed,Renewal,Pipeline,Expected\r\n')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines).toHaveLength(14);
  expect(lines[1]).toMatch(/^2026-02,GBP,\d+\.\d{2},\d+\.\d{2},\d+\.\d{2},\d+\.\d{2}$/);

  const names = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export hourly rates as CSV' }).click();
  const rateLines = fs
    .readFileSync(await (await names).path(), 'utf8')
    .slice(1)
    .split('\r\n');
  expect(rateLines[0]).toBe('Client,Currency,Invoiced,Delivered minutes,Per hour');
  // Sorted by name as shown; the accented name comes through as written.
  expect(rateLines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['Ada Byrne', 'Ben Ortiz', 'Chloé Dubois', 'Dev Patel', 'Finn Olsen']);
});

test('a retainer candidate drafts a retainer with the suggested fee and minutes; over-servicing links its agreement', async ({ page }) => {
  await openRevenue(page);
  const candidates = page.getByRole('table', { name: 'Retainer candidates' });
  await expect(candidates.getByRole('row', { name: /Dev Patel/ })).toContainText(gbp(50000));
  await expect(candidates.getByRole('row', { name: /Dev Patel/ })).toContainText('5 h');
  await page.getByRole('link', { name: 'Draft a retainer for Dev Patel' }).click();
  await expect(page).toHaveURL(/#\/agreements\/new\?clientId=e4&kind=work&currency=GBP&feeMinor=50000&includedMinutes=300$/);

  await openRevenue(page);
  await page.getByRole('table', { name: 'Over-servicing' }).getByRole('link', { name: 'Quarterly access' }).click();
  await expect(page).toHaveURL(/#\/agreements\/b2$/);
});

test('value conversation: save the estimate, see three options, choose one and open the value draft', async ({ page }) => {
  await openApp(page, host(), '/clients/e5?tab=value');
  await page.getByLabel('Objectives').fill('Double repeat orders by the end of the year');
  await page.getByLabel('How success is measured').fill('Repeat-order share in the monthly report');
  await expect(page.getByText('Save a low estimate')).toBeVisible();
  await page.getByLabel('Low (GBP)').fill('100,000');
  await page.getByLabel('High (GBP)').fill('90000');
  await page.getByRole('button', { name: 'Save and price' }).click();
  // The core refuses a high estimate below the low one, under the field it names.
  await expect(page.getByText('Annual value, high estimate must not be below the low estimate')).toBeVisible();
  await page.getByLabel('High (GBP)').fill('250000');
  await page.getByRole('button', { name: 'Save and price' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // 10×, 7× and 4× return on the low estimate, to a whole pound.
  await expect(page.getByTestId('value-option-1')).toHaveText(gbp(1000000));
  await expect(page.getByTestId('value-option-2')).toHaveText(gbp(1428600));
  await expect(page.getByTestId('value-option-3')).toHaveText(gbp(2500000));
  const stored = await host().call<{ valueLowMinor: number; valueHighMinor: number; objectives: string }>('pricing.get', {
    clientId: 'e5',
  });
  expect(stored).toMatchObject({
    valueLowMinor: 10000000,
    valueHighMinor: 25000000,
    objectives: 'Double repeat orders by the end of the year',
  });

  await page.getByRole('button', { name: /Choose option 2/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft option 2' });
  await dialog.getByLabel('Start').fill('2026-04-01');
  await dialog.getByLabel('Term').fill('6');
  await dialog.getByRole('button', { name: 'Draft agreement' }).click();
  await expect(page).toHaveURL(/#\/agreements\/[^/?]+$/);
  const agreementId = decodeURIComponent(/#\/agreements\/([^/?]+)$/.exec(page.url())![1]!);
  const { agreement } = await host().call<{
    agreement: {
      kind: string;
      status: string;
      feeMinor: number;
      clientId: string;
      installments: { dueDate: string; amountMinor: number }[];
    };
  }>('agreements.get', { id: agreementId });
  expect(agreement).toMatchObject({ kind: 'value', status: 'draft', clientId: 'e5', feeMinor: 1428600 });
  expect(agreement.installments).toEqual([
    { dueDate: '2026-04-01', amountMinor: 714300 },
    { dueDate: '2026-07-01', amountMinor: 714300 },
  ]);
});

test('Revenue (chart and table views) and the value tab are accessible in light and dark', async ({ page }) => {
  // Each axe scan runs twice (light, dark) and takes seconds on a small shared machine.
  test.setTimeout(300_000);
  await openRevenue(page);
  await expectAccessible(page, 'Revenue');
  await whatIfPanel(page)
    .getByRole('button', { name: /Remove the top client/ })
    .click();
  await expect(forecastCard(page).getByText('What-if', { exact: true })).toBeVisible();
  for (const card of [page.getByRole('region', { name: /Collected and invoiced/ }), forecastCard(page)])
    await card.getByRole('radio', { name: 'Table' }).check();
  await expectAccessible(page, 'Revenue, what-if and tables');
  await openApp(page, host(), '/clients/e5?tab=value');
  await expectAccessible(page, 'client value tab');
});
