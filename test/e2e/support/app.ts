// Small steps every spec takes: open the app with the host's token, wait for a screen's
// first data, and read the current route.
import { expect, type Page } from '@playwright/test';
import type { Host } from './host.ts';

/** Opens the app (the token URL sets the cookie), then the given route. */
export async function openApp(page: Page, host: Host, route = '/'): Promise<void> {
  await page.goto(host.url);
  if (route !== '/') await page.goto(`${host.origin}/#${route}`);
  await screenReady(page);
}

export async function screenReady(page: Page): Promise<void> {
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

/** Fails the test on any uncaught error in the page (a crash is never an expected outcome). */
export function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
