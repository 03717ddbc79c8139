import { defineConfig, devices } from '@playwright/test';
import { LAUNCH_ARGS, testChromiumPath } from './tools/chromium.ts';

/**
 * Browser tests run against the built site served by tools/serve-dist.mjs, which sends
 * the headers in dist/_headers. The browser (the headless shell where there is one) is
 * chosen in tools/chromium.ts.
 */
const executablePath = testChromiumPath();
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: LAUNCH_ARGS,
    },
  },
  webServer: {
    command: `node tools/serve-dist.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
