import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { parseBody } from '../support/csv';
import { useTestDatabase } from '../support/db';
import { makeCustomer, makeDomain } from '../support/fixtures';

const t = useTestDatabase();
const run = promisify(execFile);
const dumpFile = path.join(tmpdir(), `csv-tz-${process.pid}.tar.gz`);

afterAll(() => rmSync(dumpFile, { force: true }));

/** Where a child process can read this file's database from. */
async function databaseSource(): Promise<string> {
  const connection = t.connection;
  if (connection.kind === 'postgres') {
    const { host, port, user, database } = connection.client.options;
    return `postgres://${user}@${host[0]}:${port[0]}/${database}`;
  }
  const dump = await connection.client.dumpDataDir('gzip');
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  return dumpFile;
}

async function csvUnder(zone: string, source: string, id: number, name: string) {
  const { stdout } = await run(
    path.join(process.cwd(), 'node_modules/.bin/tsx'),
    ['tests/support/csv-child.ts', source, String(id), name],
    {
      env: { ...process.env, TZ: zone, LOG_LEVEL: 'silent' },
      encoding: 'buffer',
      maxBuffer: 1 << 20,
    },
  );
  return parseBody(stdout);
}

it('prints the stored expiry date whatever the time zone', async () => {
  const customer = await makeCustomer(t.db);
  await makeDomain(t.db, customer.id, 'tz-a.example', {
    certExpiresOn: '2027-01-01',
  });
  await makeDomain(t.db, customer.id, 'tz-b.example', {
    certExpiresOn: '2026-12-31',
  });
  const source = await databaseSource();
  for (const zone of ['America/Los_Angeles', 'Asia/Tokyo']) {
    const rows = await csvUnder(zone, source, customer.id, customer.name);
    expect(rows.map((row) => [row[0], row[8]])).toEqual([
      ['tz-a.example', '2027-01-01'],
      ['tz-b.example', '2026-12-31'],
    ]);
  }
  const zoneCheck = await run('node', [
    '-e',
    'process.stdout.write(String(new Date(2027, 0, 1).getTimezoneOffset()))',
  ], { env: { ...process.env, TZ: 'Asia/Tokyo' } });
  expect(zoneCheck.stdout).toBe('-540');
}, 60_000);
