// Time to an interactive first screen in the browser host: from navigation until the
// shell marks <main data-ready="true"> (the screen's first data has arrived and rendered;
// renderer/shell/useScreenReady.ts). Each run uses a fresh browser context, so no HTTP
// cache or cookie from an earlier run helps; the core and its database stay open, as they
// would in the running app.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Core } from '../../src/api/core.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface ScreenResult {
  /** Milliseconds per completed run. */
  samples: number[];
  /** Why the runs stopped early (a screen not ready within the timeout). */
  problem?: string;
}

export interface ScreenTimings {
  screens: Record<string, ScreenResult>;
  /** How readiness was detected. */
  strategy: 'data-ready' | 'main-visible-network-idle';
}

/** Whether the built renderer marks readiness (older builds did not: then wait for <main> and an idle network). */
function hasReadyMarker(staticDir: string): boolean {
  const assets = path.join(staticDir, 'assets');
  if (!fs.existsSync(assets)) return false;
  return fs.readdirSync(assets).some((file) => file.endsWith('.js') && fs.readFileSync(path.join(assets, file), 'utf8').includes('data-ready'));
}

/** Longer than any target by far: a screen slower than this is reported as failed, not waited for. */
const READY_TIMEOUT_MS = 30_000;

export async function measureScreens(core: Core, staticDir: string, runs: number): Promise<ScreenTimings> {
  const { startBrowserHost } = await import('../../main/http.ts');
  const host = await startBrowserHost({ core, staticDir, port: 0, log: () => undefined });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const strategy = hasReadyMarker(staticDir) ? 'data-ready' : 'main-visible-network-idle';
  // The app opens on Today; the clients list is the other screen a coach opens first.
  const targets = { 'first screen (Today)': host.url, 'clients screen': `${host.url}#/clients` };
  const screens: Record<string, ScreenResult> = {};
  try {
    for (const [name, url] of Object.entries(targets)) {
      const result: ScreenResult = { samples: [] };
      screens[name] = result;
      for (let run = 0; run < runs && !result.problem; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
        try {
          const ms = await timeToReady(await context.newPage(), url, strategy);
          result.samples.push(ms);
        } catch (error) {
          result.problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return { screens, strategy };
}

async function timeToReady(page: Page, url: string, strategy: ScreenTimings['strategy']): Promise<number> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  if (strategy === 'data-ready') {
    await page.locator('main[data-ready="true"]').waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
  } else {
    await page.locator('main').first().waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT_MS });
  }
  const ms = performance.now() - start;
  // A screen that is "ready" but empty or crashed would make a fast, meaningless figure.
  const text = (await page.locator('main').first().innerText()).trim();
  if (errors.length > 0) throw new Error(`the page threw: ${errors[0]}`);
  if (text.length === 0) throw new Error('the page showed nothing');
  return ms;
}
