import { sql } from 'drizzle-orm';

import type { Database } from '@/db';

import { makeCustomer, makeDomain } from './fixtures';

export const HOSTILE_NAME = 'Acme, "Quoted" Inc.\nSecond line';

/** Hosts chosen so each formula trigger and each quoting rule shows up. */
export async function makeHostileCustomer(
  db: Database,
  name = HOSTILE_NAME,
  tld = 'example',
) {
  const customer = await makeCustomer(db, { name });
  const id = customer.id;
  await makeDomain(db, id, `plain.${tld}.com`);
  await makeDomain(db, id, `=1+2.${tld}`, { certExpiresOn: null });
  await makeDomain(db, id, `+plus.${tld}`, { cacheMode: 'off' });
  await makeDomain(db, id, `-minus.${tld}`, { cacheTtlSeconds: null });
  await makeDomain(db, id, `@at.${tld}`, {
    cacheMode: 'aggressive',
    redirectMode: 'www_to_apex',
    wafMode: 'detect',
  });
  await makeDomain(db, id, `\ttab.${tld}`, {
    scheme: 'http',
    redirectMode: 'apex_to_www',
    wafMode: 'off',
    httpPorts: [8080],
    tlsProtocols: [],
  });
  await makeDomain(db, id, `quote.${tld}`, {
    originHost: 'a,b|c"d\r\ne',
    redirectMode: 'none',
  });
  await makeDomain(db, id, `unicode.${tld}`, {
    originHost: 'bücher.例え.テスト',
    tlsProtocols: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
  });
  await makeDomain(db, id, `crlf.${tld}`, { originHost: '\rorigin.example' });
  await makeDomain(db, id, `o'hara"x,y.${tld}`, { originHost: "o'hara" });
  return customer;
}

/** `count` domains for one customer, in one statement. */
export async function seedMany(db: Database, customerId: number, count: number) {
  await db.execute(sql`
    insert into domains (customer_id, host, http_ports, scheme, origin_host,
      origin_port, cache_mode, cache_ttl_seconds, redirect_mode,
      cert_expires_on, tls_protocols, waf_mode)
    select ${customerId},
      'bulk-' || lpad(i::text, 6, '0') || '.c' || ${customerId} || '.example',
      '{80,443}', 'https', 'origin.example', 443,
      (array['off','standard','aggressive'])[1 + i % 3]::cache_mode,
      case when i % 2 = 0 then null else 60 * i end,
      (array['none','http_to_https','www_to_apex','apex_to_www'])
        [1 + i % 4]::redirect_mode,
      case when i % 5 = 0 then null else date '2027-01-01' + i end,
      '{TLSv1.3}', (array['off','detect','block'])[1 + i % 3]::waf_mode
    from generate_series(1, ${count}) i`);
}
