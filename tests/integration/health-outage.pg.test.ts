import net from 'node:net';

import { GET } from '@/app/api/health/route';
import { openDatabase, useConnection } from '@/db';

import { useTestDatabase } from '../support/db';

// Runs only with DATABASE_URL (see jest.config.mjs): the embedded database
// has no server to lose.
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

describe('a PostgreSQL outage', () => {
  it('turns health to 503 and back to 200 without a restart', async () => {
    const url = process.env.DATABASE_URL as string;
    const states: number[] = [];
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
