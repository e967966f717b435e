import net from 'node:net';

import { GET } from '@/app/api/health/route';
import { openDatabase, useConnection } from '@/db';

import { useTestDatabase } from '../support/db';

const t = useTestDatabase();

/** A TCP relay to PostgreSQL that can drop every connection and refuse new ones. */
async function relay(target: { host: string; port: number }) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    goAway() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    comeBack() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function health() {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe('GET /api/health', () => {
  it('answers 200 with the kind of database in use', async () => {
    useConnection(t.connection);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', database: t.kind, ms: expect.any(Number) },
    });
  });

  it('answers 503 when the database cannot be opened', async () => {
    useConnection(t.connection);
    const failing = Promise.reject(new Error('no database'));
    failing.catch(() => {});
    useConnection(failing);
    expect(await health()).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'unreachable' },
    });
    useConnection(t.connection);
  });
});

describe('a PostgreSQL outage', () => {
  it('turns health to 503 and back to 200 without a restart', async () => {
    // On the embedded database there is no server to lose; the relay then
    // stands in front of the test run's own PostgreSQL only when there is one.
    const url = t.connection.kind === 'postgres' ? process.env.DATABASE_URL! : undefined;
    const states: number[] = [];
    if (!url) {
      expect(t.kind).toBe('pglite');
      return;
    }
    const real = new URL(url);
    const proxy = await relay({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const connection = await openDatabase({ url: viaProxy.toString(), max: 2 });
    useConnection(connection);
    try {
      states.push((await health()).status);
      proxy.goAway();
      states.push((await health()).status);
      proxy.comeBack();
      states.push((await health()).status);
    } finally {
      useConnection(t.connection);
      await connection.close();
      await proxy.close();
    }
    expect(states).toEqual([200, 503, 200]);
  });
});
