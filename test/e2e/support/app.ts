// Small steps every spec takes: open the app with the host's token, wait for a screen's
// first data, and read the current route.
import { expect, type Page } from '@playwright/test';
import type { Host } from './host.ts';

/**
 * Opens the app at a route. The token URL sets the cookie and redirects; the redirect has
 * no fragment, so the browser keeps ours and the route opens directly.
 */
export async function openApp(page: Page, host: Host, route = '/'): Promise<void> {
  await page.goto(`${host.url}#${route}`);
  await screenReady(page);
}

/** Waits for the screen's first data. Generous: the build machine is small and shared. */
export async function screenReady(page: Page): Promise<void> {
  await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
}
