import { defineConfig } from '@playwright/test';

// The desktop smoke test (npm run test:electron): the real app in the real Electron
// binary, driven through Playwright's _electron. Where the binary is not installed (this
// project's build machine), the suite reports itself skipped and builds nothing.
export default defineConfig({
  testDir: 'test/electron',
  globalSetup: './test/electron/build.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: { trace: 'retain-on-failure' },
});
