// `npm run demo`: migrate and seed the embedded database on first run, build,
// then serve the production app with the demo sign-ins printed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DEMO_USERS } from '@/db/seed/users';
import { dataDir } from '@/lib/env';

const port = process.env.PORT || '3000';
const hostname = process.env.HOSTNAME || '127.0.0.1';
const marker = path.join(dataDir(), '.demo-seeded');

function run(step: string, command: string, args: string[]) {
  process.stdout.write(`\n▸ ${step}\n`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return result.status === 0;
}

if (process.env.DATABASE_URL) {
  process.stderr.write(
    'npm run demo serves the embedded database; unset DATABASE_URL, or use ' +
      '`npm run db:migrate`, `npm run build` and `npm start` for PostgreSQL.\n',
  );
  process.exit(1);
}

if (!existsSync(marker)) {
  const seeded = run(
    'Creating the demo data (first run only; about a minute)',
    process.execPath,
    ['--import', 'tsx', 'scripts/seed.ts'],
  );
  if (!seeded) {
    process.stderr.write(
      `Seeding did not complete. Remove ${dataDir()} to start again from scratch.\n`,
    );
    process.exit(1);
  }
  writeFileSync(marker, new Date().toISOString() + '\n');
}

if (!run('Building the production app', process.execPath, [require.resolve('next/dist/bin/next'), 'build'])) {
  process.exit(1);
}

const url = `http://${hostname}:${port}`;
process.stdout.write(
  [
    '',
    `Customer Console: ${url}`,
    'Sign in with:',
    ...DEMO_USERS.map((user) => `  ${user.role.padEnd(9)} ${user.email.padEnd(22)} ${user.password}`),
    '',
  ].join('\n') + '\n',
);

const server = spawn(process.execPath, ['scripts/start.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOSTNAME: hostname },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
