import { collect, parseBody } from '../support/csv';
import { makeHostileCustomer, seedMany } from '../support/csv-data';
import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer } from '../support/fixtures';

import { openDatabase } from '@/db';
import { copyCsvChunks, portableCsvChunks } from '@/lib/domains-csv';
import { domainsCsvResponse } from '@/lib/csv-response';

// Runs only with DATABASE_URL (see jest.config.mjs): the binary COPY path
// exists on PostgreSQL alone.
const t = useTestDatabase();

function postgresConnection() {
  const connection = t.connection;
  if (connection.kind !== 'postgres') throw new Error('needs PostgreSQL');
  return connection;
}

async function download(customerId: number) {
  const actor = await makeActor(t.db, 'admin');
  return domainsCsvResponse({
    connection: t.connection,
    actor,
    rawId: String(customerId),
    headers: new Headers(),
  });
}

describe('aborting a PostgreSQL export', () => {
  it('leaves no COPY or transaction running after an abort', async () => {
    const connection = postgresConnection();
    const customer = await makeCustomer(t.db);
    await seedMany(t.db, customer.id, 60_000);
    const response = await download(customer.id);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel(new Error('client went away'));

    const busy = await connection.client`
      select state, query from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()
        and state <> 'idle'`;
    expect([...busy]).toEqual([]);
    const [{ n }] = await connection.client`select 1 as n`;
    expect(n).toBe(1);
  });
});

describe('aborted exports', () => {
  it('close their own connection and leave no COPY running', async () => {
    const connection = postgresConnection();
    const customer = await makeCustomer(t.db);
    await seedMany(t.db, customer.id, 120_000);
    for (let round = 0; round < 3; round++) {
      // Large pages, so each COPY is still running when the client leaves.
      const chunks = copyCsvChunks(connection.url, customer.id, {
        first: 100_000,
        growth: 1,
        max: 100_000,
      });
      await chunks.next();
      await chunks.next();
      // A slow client: the server fills the socket meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await chunks.return(undefined);
    }
    // The server notices a closed socket on its next write.
    let exports = -1;
    for (let attempt = 0; attempt < 50 && exports !== 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [{ n: exports }] = await connection.client`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database()
          and application_name = 'customer-console-export'`;
    }
    expect(exports).toBe(0);
  });
});

describe('many downloads cancelled at once', () => {
  it('leave the pool usable and no COPY running', async () => {
    const customer = await makeCustomer(t.db);
    await seedMany(t.db, customer.id, 80_000);
    const actor = await makeActor(t.db, 'admin');
    const url = new URL(process.env.DATABASE_URL as string);
    const [{ db: name }] = await postgresConnection().client`select current_database() as db`;
    url.pathname = `/${name}`;
    const small = await openDatabase({ url: url.toString(), max: 2 });
    if (small.kind !== 'postgres') throw new Error('needs PostgreSQL');
    try {
      const one = async (delay: number) => {
        const response = await domainsCsvResponse({
          connection: small,
          actor,
          rawId: String(customer.id),
          headers: new Headers(),
        });
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        await reader.read();
        await reader.read();
        await new Promise((resolve) => setTimeout(resolve, delay));
        // Cancel while a read is still waiting, as a closed socket does.
        const pending = reader.read().catch(() => undefined);
        await reader.cancel(new Error('client went away'));
        await pending;
      };
      await Promise.all([0, 20, 50, 100, 150, 200].map(one));
      const answers = await Promise.all(
        [1, 2, 3, 4].map(async (n) => (await small.client`select ${n}::int as n`)[0].n),
      );
      expect(answers).toEqual([1, 2, 3, 4]);
    } finally {
      await small.close();
    }
  });
});

describe('the PostgreSQL fast path', () => {
  it('writes the same bytes as the portable fast-csv path', async () => {
    const connection = postgresConnection();
    const customer = await makeHostileCustomer(
      t.db,
      '=Tōkyō, "Ltd" |\r\n@\tCo',
      'test',
    );
    await seedMany(t.db, customer.id, 40);
    const portable = await collect(portableCsvChunks(t.db, customer, 7));
    expect(parseBody(portable)).toHaveLength(50);
    for (const pages of [
      { first: 2, growth: 3, max: 11 },
      { first: 1, growth: 1, max: 1 },
    ]) {
      const copied = await collect(
        copyCsvChunks(connection.url, customer.id, pages),
      );
      expect(copied.toString('utf8')).toBe(portable.toString('utf8'));
      expect(copied.equals(portable)).toBe(true);
    }
  });

  it('writes the same bytes for a customer without domains', async () => {
    const connection = postgresConnection();
    const customer = await makeCustomer(t.db, { name: '=SUM(A1)|"x"' });
    const portable = await collect(portableCsvChunks(t.db, customer));
    const copied = await collect(copyCsvChunks(connection.url, customer.id));
    expect(copied.equals(portable)).toBe(true);
  });
});
