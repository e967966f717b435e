// `npm start`: the production server, configured from the environment.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function fail(message) {
  process.stderr.write(
    JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'app.start_refused', message }) + '\n',
  );
  process.exit(1);
}

const port = process.env.PORT || '3000';
const hostname = process.env.HOSTNAME || '127.0.0.1';
if (process.env.DATABASE_URL && !process.env.NEXTAUTH_SECRET) {
  fail('NEXTAUTH_SECRET is not set: it is required in production with DATABASE_URL (generate one with `openssl rand -base64 32`).');
}
const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) fail('No production build found: run `npm run build` first.');

const env = {
  ...process.env,
  PORT: port,
  HOSTNAME: hostname,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
};
// A heap ceiling keeps the server's memory flat under load: V8 otherwise lets
// garbage pile up to gigabytes on a large machine. It costs some throughput in
// extra collections; NODE_OPTIONS=--max-old-space-size=N sets another.
const heap = /--max-old-space-size\b/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
const server = fileURLToPath(new URL('./server.mjs', import.meta.url));
const child = spawn(process.execPath, [...heap, server], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
