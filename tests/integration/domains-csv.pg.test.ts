import { collect, parseBody } from '../support/csv';
import { makeHostileCustomer, seedMany } from '../support/csv-data';
import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer } from '../support/fixtures';

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
        copyCsvChunks(connection.client, customer.id, pages),
      );
      expect(copied.toString('utf8')).toBe(portable.toString('utf8'));
      expect(copied.equals(portable)).toBe(true);
    }
  });

  it('writes the same bytes for a customer without domains', async () => {
    const connection = postgresConnection();
    const customer = await makeCustomer(t.db, { name: '=SUM(A1)|"x"' });
    const portable = await collect(portableCsvChunks(t.db, customer));
    const copied = await collect(copyCsvChunks(connection.client, customer.id));
    expect(copied.equals(portable)).toBe(true);
  });
});
