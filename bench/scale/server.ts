import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const BENCH_DIST_DIR = '.next-bench';

/** Runs a command to completion; resolves with its wall time in ms. */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}

/** `next build` into the bench's own folder, never the developer's `.next`. */
export function buildApp(): Promise<number> {
  return run('npx', ['next', 'build'], {
    ...process.env,
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
  });
}

/** A port the kernel just handed out on loopback, so free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type Server = {
  base: string;
  /** scripts/start.mjs, which we started. */
  launcher: ChildProcess;
  /** The server process under it (scripts/server.mjs), whose memory we report. */
  serverPid: number;
};

function childPids(pid: number): number[] {
  const dir = `/proc/${pid}/task`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((task) => {
    try {
      const text = readFileSync(`${dir}/${task}/children`, 'utf8').trim();
      return text ? text.split(/\s+/).map(Number) : [];
    } catch {
      return [];
    }
  });
}

function findServer(root: number): number | undefined {
  const queue = [root];
  for (let steps = 0; queue.length > 0 && steps < 50; steps++) {
    const pid = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('console-server')) return pid;
    } catch {
      continue;
    }
    queue.push(...childPids(pid));
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `npm start`'s launcher on 127.0.0.1 and a free port, against `databaseUrl`,
 * serving the build in `distDir` (the bench's own by default).
 */
export async function startServer(
  databaseUrl: string,
  options: { nodeOptions?: string; distDir?: string } = {},
): Promise<Server> {
  const { nodeOptions = '', distDir = BENCH_DIST_DIR } = options;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const launcher = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: base,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  launcher.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error('the production server exited during start-up');
    try {
      const response = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        const serverPid = findServer(launcher.pid as number);
        if (!serverPid) throw new Error('no server process under the launcher');
        return { base, launcher, serverPid };
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('no server process')) throw error;
    }
    await sleep(250);
  }
  await stopServer({ base, launcher, serverPid: 0 });
  throw new Error('the production server did not answer within 60 s');
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to our launcher (it forwards it), SIGKILL to our two pids after 10 s. */
export async function stopServer(server: Server) {
  const pids = [server.launcher.pid, server.serverPid].filter(
    (pid): pid is number => typeof pid === 'number' && pid > 0,
  );
  if (server.launcher.exitCode === null && server.launcher.signalCode === null) {
    server.launcher.kill('SIGTERM');
  }
  for (let waited = 0; waited < 10_000 && pids.some(alive); waited += 100) await sleep(100);
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** VmRSS and VmHWM (peak) of a process, in MiB. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(';')[0]);
}

/** next-auth credentials sign-in; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: jar.join('; '),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiePairs(response).filter((pair) => pair.includes('session-token'));
  if (session.length === 0) {
    throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  }
  return session.join('; ');
}
