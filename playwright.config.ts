import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { defineConfig } from '@playwright/test';

// Set once in the runner; its workers inherit the environment, so every
// process agrees on the port, the database and the fixture file.
const runId = (process.env.E2E_RUN_ID ??= `${process.pid}_${randomBytes(3).toString('hex')}`);
const port = (process.env.E2E_PORT ??= '3917');
const baseURL = `http://127.0.0.1:${port}`;
const stateFile = (process.env.E2E_STATE_FILE ??= path.join(tmpdir(), `cc-e2e-${runId}.json`));
const databaseName = `cc_e2e_${runId}`;
if (process.env.DATABASE_URL && !process.env.E2E_DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${databaseName}`;
  process.env.E2E_DATABASE_URL = url.toString();
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node --import tsx tests/e2e/server.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: process.env.E2E_SERVER_LOG ? 'pipe' : 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: port,
      E2E_STATE_FILE: stateFile,
      E2E_DATABASE_NAME: databaseName,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
