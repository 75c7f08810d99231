import { defineConfig } from '@playwright/test';

// Real Chromium from Debian: Playwright never downloads a browser here. CHROMIUM_PATH
// points elsewhere (another distribution, a browser unpacked by hand); the end-to-end
// tests, the screenshots and the benchmark's browser rows all launch it from here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'test/e2e',
  // One worker: the build machine has two cores, and each spec file runs its own host.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  reporter: 'list',
  // Generous limits: the machine has two cores and other work runs on it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
});
