import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { admissionGate, bypassesQueue } from '../../scripts/admission.mjs';

type Held = { path: string; res: ServerResponse };

/**
 * A loopback server behind the gate whose handler holds every response until
 * the test lets it go, so the test can see what runs at once.
 */
async function gatedServer(options: { limit: number; queueLimit: number; bypass?: (path: string) => boolean }) {
  const held: Held[] = [];
  const started: string[] = [];
  let failNext = false;
  const admit = admissionGate({
    limit: options.limit,
    queueLimit: options.queueLimit,
    bypass: (req: { url?: string }) => options.bypass?.(req.url ?? '') ?? false,
  });
  const server: Server = createServer((req, res) =>
    admit(
      req,
      res,
      () => {
        started.push(req.url ?? '');
        if (failNext) {
          failNext = false;
          throw new Error('handler failed');
        }
        held.push({ path: req.url ?? '', res });
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    admit,
    held,
    started,
    failOnce: () => (failNext = true),
    get: (path: string, signal?: AbortSignal) =>
      fetch(base + path, { signal }).then(async (r) => ({ status: r.status, body: await r.text(), retry: r.headers.get('retry-after') })),
    release(path: string) {
      const at = held.findIndex((h) => h.path === path);
      const [h] = held.splice(at, 1);
      h.res.end(`done ${path}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const settle = async (until: () => boolean) => {
  for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('admissionGate', () => {
  it('runs at most `limit` requests at once and the rest in arrival order', async () => {
    const s = await gatedServer({ limit: 2, queueLimit: 10 });
    try {
      const replies = ['/1', '/2', '/3', '/4', '/5'].map((path) => s.get(path));
      await settle(() => s.admit.stats().waiting === 3);
      expect(s.started).toEqual(['/1', '/2']);
      expect(s.admit.stats()).toEqual({ active: 2, waiting: 3 });

      s.release('/2');
      await settle(() => s.started.length === 3);
      expect(s.started).toEqual(['/1', '/2', '/3']);
      s.release('/1');
      s.release('/3');
      await settle(() => s.started.length === 5);
      expect(s.started).toEqual(['/1', '/2', '/3', '/4', '/5']);
      s.release('/4');
      s.release('/5');
      expect((await Promise.all(replies)).map((r) => r.body)).toEqual(['done /1', 'done /2', 'done /3', 'done /4', 'done /5']);
      expect(s.admit.stats()).toEqual({ active: 0, waiting: 0 });
    } finally {
      await s.close();
    }
  });

  it('answers 503 with Retry-After once the queue is full, and nothing runs for it', async () => {
    const s = await gatedServer({ limit: 1, queueLimit: 1 });
    try {
      const first = s.get('/a');
      const second = s.get('/b');
      await settle(() => s.admit.stats().waiting === 1);
      const third = await s.get('/c');
      expect(third).toEqual({ status: 503, body: 'The server is busy. Try again in a moment.\n', retry: '1' });
      s.release('/a');
      await settle(() => s.started.length === 2);
      s.release('/b');
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
      expect(s.started).toEqual(['/a', '/b']);
    } finally {
      await s.close();
    }
  });

  it('forgets a waiting request whose client went away', async () => {
    const s = await gatedServer({ limit: 1, queueLimit: 5 });
    try {
      const first = s.get('/a');
      const leaving = new AbortController();
      const gone = s.get('/gone', leaving.signal).catch((error: Error) => error.name);
      const last = s.get('/z');
      await settle(() => s.admit.stats().waiting === 2);
      leaving.abort();
      expect(await gone).toBe('AbortError');
      await settle(() => s.admit.stats().waiting === 1);
      s.release('/a');
      await settle(() => s.started.length === 2);
      s.release('/z');
      await Promise.all([first, last]);
      expect(s.started).toEqual(['/a', '/z']);
    } finally {
      await s.close();
    }
  });

  it('frees the slot of a handler that throws, and of a client that leaves mid-response', async () => {
    const s = await gatedServer({ limit: 1, queueLimit: 5 });
    try {
      s.failOnce();
      expect((await s.get('/boom')).status).toBe(500);
      const leaving = new AbortController();
      const gone = s.get('/slow', leaving.signal).catch((error: Error) => error.name);
      await settle(() => s.held.length === 1);
      leaving.abort();
      await gone;
      await settle(() => s.admit.stats().active === 0);
      const next = s.get('/next');
      await settle(() => s.started.includes('/next'));
      s.release('/next');
      expect((await next).body).toBe('done /next');
    } finally {
      await s.close();
    }
  });

  it('lets bypassed requests through while the pages queue', async () => {
    const s = await gatedServer({ limit: 1, queueLimit: 5, bypass: (path) => path.endsWith('.csv') });
    try {
      const page = s.get('/page');
      const queued = s.get('/queued');
      await settle(() => s.admit.stats().waiting === 1);
      const csv = s.get('/export.csv');
      await settle(() => s.started.includes('/export.csv'));
      expect(s.admit.stats()).toEqual({ active: 1, waiting: 1 });
      s.release('/export.csv');
      expect((await csv).body).toBe('done /export.csv');
      s.release('/page');
      await settle(() => s.started.includes('/queued'));
      s.release('/queued');
      await Promise.all([page, queued]);
    } finally {
      await s.close();
    }
  });
});

describe('bypassesQueue', () => {
  it('lets only the health check and CSV exports skip the queue', () => {
    for (const url of ['/api/health', '/customers/12/domains.csv', '/customers/12/domains.csv?download=1']) {
      expect([url, bypassesQueue(url)]).toEqual([url, true]);
    }
    for (const url of [
      '/customers',
      '/customers/12',
      '/api/healthz',
      '/api/health/../../customers',
      '/customers/12/domains.csvx',
      '/customers/1/2/domains.csv',
      '/x/customers/12/domains.csv',
      undefined,
    ]) {
      expect([url, bypassesQueue(url)]).toEqual([url, false]);
    }
  });
});
