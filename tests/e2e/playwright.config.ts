import { defineConfig } from '@playwright/test';

const port = Number(process.env.CUOTA_E2E_PORT ?? 4173);
const receiverPort = Number(process.env.CUOTA_RECEIVER_PORT ?? 8797);

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium (installed by tools/ensure.sh); Playwright's own browser download fails here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ../../dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // The real lead receiver (tools/lead-receiver.mjs), storing under target/ for inspection.
      command: `node ../../tools/lead-receiver.mjs --port ${receiverPort} --dir ../../target/e2e-receiver`,
      url: `http://127.0.0.1:${receiverPort}/_received`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
