import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type Server = { base: string; child: ChildProcess; pid: number };

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return found;
  for (const task of readdirSync(tasks)) {
    const text = readFileSync(`${tasks}/${task}/children`, 'utf8').trim();
    if (text) found.push(...text.split(/\s+/).map(Number));
  }
  return found;
}

/** The server process below the launcher: the one whose memory we watch. */
function findServer(root: number): number | null {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (comm.startsWith('console-server')) return pid;
    queue.push(...childrenOf(pid));
  }
  return null;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // `npm start`'s launcher, as production runs it.
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXTAUTH_URL: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const pid = child.pid ? findServer(child.pid) : null;
    const up = await fetch(`${base}/api/auth/csrf`).then((r) => r.ok, () => false);
    if (up && pid) return { base, child, pid };
  }
  throw new Error('the production server did not come up within 60 s');
}

/** Stops what startServer started, by PID, and waits for it to exit. */
export async function stopServer(server: Server) {
  const exited = new Promise((r) => server.child.once('exit', r));
  for (const pid of [server.pid, server.child.pid]) {
    try {
      if (pid) process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
}

export function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** Polls VmRSS until stopped; returns the peak seen. */
export function watchMemory(pid: number, everyMs = 25) {
  let peak = memoryOf(pid).rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid).rssMb);
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, memoryOf(pid).rssMb);
  };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]);
}

/** next-auth's credentials flow: csrf token, then the callback. */
export async function signIn(base: string, email: string, password: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: jar.join('; '),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) =>
    c.startsWith('next-auth.session-token='),
  );
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return [...jar, session].join('; ');
}
