// `npm run demo`: migrate and seed the embedded database on first run, build
// when the sources changed, then serve the production app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { DEMO_USERS } from '@/db/seed/users';
import { dataDir } from '@/lib/env';

const port = process.env.PORT || '3000';
const hostname = process.env.HOSTNAME || '127.0.0.1';
const marker = path.join(dataDir(), '.demo-seeded');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(step: string, args: string[]) {
  process.stdout.write(`\n▸ ${step}\n`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env }).status === 0;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function portFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(Number(port), hostname, () => probe.close(() => resolve(true)));
  });
}

/** The newest modification time among the files below `dir`. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

function buildIsCurrent() {
  const id = '.next/BUILD_ID';
  if (!existsSync(id)) return false;
  const sources = ['app', 'components', 'db', 'lib', 'public'].map(newest);
  const files = ['next.config.mjs', 'package-lock.json', 'instrumentation.ts'];
  const configs = files.map((file) => statSync(file).mtimeMs);
  return statSync(id).mtimeMs > Math.max(...sources, ...configs);
}

function signIns() {
  return [
    'Sign in with:',
    ...DEMO_USERS.map(
      (user) => `  ${user.role.padEnd(9)} ${user.email.padEnd(22)} ${user.password}`,
    ),
  ];
}

async function main() {
  if (process.env.DATABASE_URL) {
    fail(
      'npm run demo serves the embedded database; unset DATABASE_URL, or use ' +
        '`npm run db:migrate`, `npm run build` and `npm start` for PostgreSQL.',
    );
  }
  if (!(await portFree())) {
    fail(`Port ${port} on ${hostname} is in use: choose another, e.g. PORT=3400 npm run demo`);
  }

  const firstRun = !existsSync(marker);
  if (firstRun) {
    const seeded = run('Creating the demo data (first run only)', [
      '--import',
      'tsx',
      'scripts/seed.ts',
    ]);
    if (!seeded) {
      fail(`Seeding did not complete. Remove ${dataDir()} to start again from scratch.`);
    }
    writeFileSync(marker, new Date().toISOString() + '\n');
  }

  if (buildIsCurrent()) {
    process.stdout.write('\n▸ The production build is up to date\n');
  } else if (!run('Building the production app', [require.resolve('next/dist/bin/next'), 'build'])) {
    process.exit(1);
  }

  // The seed printed the sign-ins on the first run.
  const lines = ['', `Customer Console: http://${hostname}:${port}`, ...(firstRun ? [] : signIns())];
  process.stdout.write(lines.join('\n') + '\n\n');

  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    stdio: 'inherit',
    env: { ...env, PORT: port, HOSTNAME: hostname },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code) => process.exit(code ?? 0));
}

void main();
