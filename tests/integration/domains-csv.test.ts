import { count, eq, sql } from 'drizzle-orm';

import { domains } from '@/db/schema';

import { copyCsvChunks, portableCsvChunks } from '@/lib/domains-csv';
import { domainsCsvResponse } from '@/lib/csv-response';

import { BOM, collect, parseBody } from '../support/csv';
import { HOSTILE_NAME, makeHostileCustomer, seedMany } from '../support/csv-data';
import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer, makeDomain } from '../support/fixtures';

const t = useTestDatabase();


async function download(customerId: number, headers: HeadersInit = {}) {
  const actor = await makeActor(t.db, 'admin');
  return domainsCsvResponse({
    connection: t.connection,
    actor,
    rawId: String(customerId),
    headers: new Headers(headers),
  });
}

async function bodyOf(customerId: number) {
  const response = await download(customerId);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('domain CSV content', () => {
  it('starts with a BOM, the exact header, and ends rows with CRLF', async () => {
    const customer = await makeCustomer(t.db);
    await makeDomain(t.db, customer.id, 'b.example.com');
    await makeDomain(t.db, customer.id, 'a.example.com');
    const bytes = await bodyOf(customer.id);
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'Host,HTTP Ports,Scheme,Customer Name,Origin,Origin Port,' +
        'Cache Configuration,Redirection,SSL Expired Date,TLS Protocol,' +
        'WAF Configuration',
    );
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(parseBody(bytes)).toEqual([
      [
        'a.example.com', '80 443', 'https', customer.name,
        'origin.example.net', '443', 'standard, TTL 3600s', 'HTTP to HTTPS',
        '2027-03-31', 'TLSv1.2 TLSv1.3', 'block',
      ],
      [
        'b.example.com', '80 443', 'https', customer.name,
        'origin.example.net', '443', 'standard, TTL 3600s', 'HTTP to HTTPS',
        '2027-03-31', 'TLSv1.2 TLSv1.3', 'block',
      ],
    ]);
  });

  it('gives a customer without domains the header alone', async () => {
    const customer = await makeCustomer(t.db);
    const bytes = await bodyOf(customer.id);
    expect(parseBody(bytes)).toEqual([]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFHost,HTTP Ports,Scheme,Customer Name,Origin,Origin Port,' +
        'Cache Configuration,Redirection,SSL Expired Date,TLS Protocol,' +
        'WAF Configuration\r\n',
    );
  });

  it('quotes, guards and renders hostile values exactly', async () => {
    const customer = await makeHostileCustomer(t.db);
    const rows = parseBody(await bodyOf(customer.id));
    const byHost = new Map(rows.map((row) => [row[0], row]));

    expect(rows.map((row) => row[0])).toEqual([
      "'\ttab.example",
      "'+plus.example",
      "'-minus.example",
      "'=1+2.example",
      "'@at.example",
      'crlf.example',
      "o'hara\"x,y.example",
      'plain.example.com',
      'quote.example',
      'unicode.example',
    ]);
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set([HOSTILE_NAME]));
    expect(byHost.get("'=1+2.example")?.[8]).toBe('');
    expect(byHost.get("'+plus.example")?.[6]).toBe('off');
    expect(byHost.get("'-minus.example")?.[6]).toBe('standard, origin TTL');
    expect(byHost.get("'@at.example")?.slice(6)).toEqual([
      'aggressive, TTL 3600s', 'www to apex', '2027-03-31',
      'TLSv1.2 TLSv1.3', 'detect only',
    ]);
    expect(byHost.get("'\ttab.example")).toEqual([
      "'\ttab.example", '8080', 'http', HOSTILE_NAME, 'origin.example.net',
      '443', 'standard, TTL 3600s', 'apex to www', '2027-03-31', '', 'off',
    ]);
    expect(byHost.get('quote.example')?.[4]).toBe('a,b|c"d\r\ne');
    expect(byHost.get('quote.example')?.[7]).toBe('none');
    expect(byHost.get('unicode.example')?.[4]).toBe('bücher.例え.テスト');
    expect(byHost.get('unicode.example')?.[9]).toBe(
      'TLSv1.0 TLSv1.1 TLSv1.2 TLSv1.3',
    );
    expect(byHost.get('crlf.example')?.[4]).toBe("'\rorigin.example");
    for (const row of rows) {
      expect(row[1]).toMatch(/^\d+( \d+)*$/);
      expect(row[5]).toBe('443');
    }
  });

  it('keeps the expiry date as stored, at the edges of the year', async () => {
    const customer = await makeCustomer(t.db);
    await makeDomain(t.db, customer.id, 'new-year.example', {
      certExpiresOn: '2027-01-01',
    });
    await makeDomain(t.db, customer.id, 'leap.example', {
      certExpiresOn: '2028-02-29',
    });
    const rows = parseBody(await bodyOf(customer.id));
    expect(rows.map((row) => [row[0], row[8]])).toEqual([
      ['leap.example', '2028-02-29'],
      ['new-year.example', '2027-01-01'],
    ]);
  });
});

describe('streaming', () => {
  it('pages through every row in host order', async () => {
    const customer = await makeCustomer(t.db);
    await seedMany(t.db, customer.id, 4_500);
    const rows = parseBody(await bodyOf(customer.id));
    expect(rows).toHaveLength(4_500);
    expect(rows[0][0]).toBe(`bulk-000001.c${customer.id}.example`);
    expect(rows[4_499][0]).toBe(`bulk-004500.c${customer.id}.example`);
    const hosts = rows.map((row) => row[0]);
    expect([...hosts].sort()).toEqual(hosts);
  });

  it('stops reading and frees the connection when the client aborts', async () => {
    const customer = await makeCustomer(t.db);
    await seedMany(t.db, customer.id, 30_000);
    const response = await download(customer.id);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel(new Error('client went away'));

    const [{ n }] = await t.db
      .select({ n: count() })
      .from(domains)
      .where(eq(domains.customerId, customer.id));
    expect(n).toBe(30_000);
  });
});
