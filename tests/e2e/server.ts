// The e2e web server: a fresh database with known fixtures, then the
// production build (built beforehand by `npm run test:e2e`) on loopback.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import postgres from 'postgres';

import { openDatabase } from '@/db';

import { loadFixtures } from './fixtures';

const port = process.env.PORT ?? '3917';
const stateFile = process.env.E2E_STATE_FILE;
const baseUrl = process.env.DATABASE_URL;
const dbName = process.env.E2E_DATABASE_NAME;

function say(message: string) {
  process.stderr.write(`[e2e-server] ${message}\n`);
}

async function prepare() {
  if (baseUrl) {
    if (!dbName || !/^cc_e2e_[a-z0-9_]+$/.test(dbName)) {
      throw new Error('E2E_DATABASE_NAME must be set to cc_e2e_…');
    }
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${dbName}`);
    await admin.end();
    const target = new URL(baseUrl);
    target.pathname = `/${dbName}`;
    return { env: { DATABASE_URL: target.toString() }, cleanup: dropDatabase };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-e2e-pglite-'));
  return {
    env: { DATA_DIR: dir },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function dropDatabase() {
  const admin = postgres(baseUrl as string, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  const { env, cleanup } = await prepare();
  let cleaned = false;
  const cleanOnce = async () => {
    if (cleaned) return;
    cleaned = true;
    if (stateFile) rmSync(stateFile, { force: true });
    await cleanup().catch((error: unknown) => say(`cleanup failed: ${String(error)}`));
  };

  try {
    const connection = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      migrate: true,
      max: 2,
    });
    const state = await loadFixtures(connection.db);
    await connection.close();
    if (stateFile) writeFileSync(stateFile, JSON.stringify(state, null, 2));
  } catch (error) {
    await cleanOnce();
    throw error;
  }
  say(`fixtures loaded (${baseUrl ? `PostgreSQL ${dbName}` : `PGlite ${env.DATA_DIR}`})`);

  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...env,
      PORT: port,
      HOSTNAME: '127.0.0.1',
      NEXT_DIST_DIR: '.next-e2e',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  child.on('exit', async (code) => {
    await cleanOnce();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
