// Time to an interactive first screen in the browser host: from navigation until the
// shell marks <main data-ready="true"> (the screen's first data has arrived and rendered;
// renderer/shell/useScreenReady.ts) and the frame showing it is painted. Each run uses a
// fresh browser context, so no HTTP cache or cookie from an earlier run helps; the core and
// its database stay open, as they would in the running app.
//
// The moment is taken on the page's own clock (0 is the navigation's start), not by waiting
// for the marker from here: Playwright looks for an element again after 0, 20, 50, 100 and
// 100 ms, then every 500 ms, so a screen ready at 1.3 s could be seen at 1.8 s.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config.ts';
import type { Core } from '../../src/api/core.ts';

export interface ScreenResult {
  /** The target for this screen in milliseconds. */
  target: number;
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
  return fs
    .readdirSync(assets)
    .some((file) => file.endsWith('.js') && fs.readFileSync(path.join(assets, file), 'utf8').includes('data-ready'));
}

/**
 * Runs in every page before its own scripts: notes when <main data-ready="true"> first
 * appears and the frame that shows it has been painted (a task after the next animation
 * frame), in milliseconds since the navigation started. A string, so the bench's TypeScript
 * runner cannot wrap it in a helper the page does not have.
 */
const READY_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('main')?.getAttribute('data-ready') !== 'true') return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__cadenceReadyAt = performance.now(); }, 0));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

/** Longer than any target by far: a screen slower than this is reported as failed, not waited for. */
const READY_TIMEOUT_MS = 30_000;

export async function measureScreens(core: Core, staticDir: string, runs: number): Promise<ScreenTimings> {
  const { startBrowserHost } = await import('../../main/http.ts');
  const host = await startBrowserHost({ core, staticDir, port: 0, log: () => undefined });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const strategy = hasReadyMarker(staticDir) ? 'data-ready' : 'main-visible-network-idle';
  // The app opens on Today; the clients list is the other screen a coach opens first.
  // The Revenue dashboard is timed from the moment it is opened in the running app (its
  // code is loaded then, so that is included) until it is ready: its "first render".
  const targets: Record<string, { url: string; target: number; openHash?: string }> = {
    'first screen (Today) interactive': { url: host.url, target: 1_500 },
    'clients screen interactive': { url: `${host.url}#/clients`, target: 1_500 },
    'revenue dashboard first render (opened from Today)': { url: host.url, target: 500, openHash: '#/revenue' },
  };
  const screens: Record<string, ScreenResult> = {};
  try {
    // One load first, not counted: Chromium's own first page (its font and process start-up)
    // is the browser starting, not the app.
    const warmUp = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
    if (strategy === 'data-ready') await warmUp.addInitScript(READY_PROBE);
    try {
      await timeToReady(await warmUp.newPage(), host.url, strategy);
    } finally {
      await warmUp.close();
    }
    for (const [name, { url, target, openHash }] of Object.entries(targets)) {
      const result: ScreenResult = { target, samples: [] };
      screens[name] = result;
      for (let run = 0; run < runs && !result.problem; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'Europe/Berlin' });
        if (strategy === 'data-ready') await context.addInitScript(READY_PROBE);
        try {
          const page = await context.newPage();
          const loaded = await timeToReady(page, url, strategy);
          const ms = openHash ? await timeToOpen(page, openHash) : loaded;
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

/** From changing the hash in the running app until the new screen marks itself ready and that frame is painted. */
async function timeToOpen(page: Page, hash: string): Promise<number> {
  const ms = await page.evaluate(
    (target) =>
      new Promise<number>((resolve, reject) => {
        // No named helper functions in here: the bench's TypeScript runner would wrap them in
        // a helper that does not exist in the page.
        const start = performance.now();
        let left = false;
        const observer = new MutationObserver(() => {
          const ready = document.querySelector('main')?.getAttribute('data-ready') === 'true';
          if (!ready) left = true;
          else if (left) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-ready'], subtree: true, childList: true });
        setTimeout(() => reject(new Error(`${target} was not ready within 30 s`)), 30_000);
        location.hash = target;
      }),
    hash,
  );
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property: the text a person sees (textContent would count hidden text too).
  const text = (await page.locator('main').first().innerText()).trim();
  if (text.length === 0) throw new Error('the page showed nothing');
  return ms;
}

async function timeToReady(page: Page, url: string, strategy: ScreenTimings['strategy']): Promise<number> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  let ms: number;
  if (strategy === 'data-ready') {
    // Functions, not strings: the app's CSP forbids evaluating strings in the page.
    const handle = await page.waitForFunction(() => (window as { __cadenceReadyAt?: number }).__cadenceReadyAt, undefined, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
    ms = (await handle.jsonValue()) as number;
  } else {
    await page.locator('main').first().waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT_MS });
    ms = performance.now() - start;
  }
  // A screen that is "ready" but empty or crashed would make a fast, meaningless figure.
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property: the text a person sees (textContent would count hidden text too).
  const text = (await page.locator('main').first().innerText()).trim();
  if (errors.length > 0) throw new Error(`the page threw: ${errors[0]}`);
  if (text.length === 0) throw new Error('the page showed nothing');
  return ms;
}
