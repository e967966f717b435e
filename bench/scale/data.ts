import { randomBytes } from 'node:crypto';

import postgres, { type Sql } from 'postgres';

import { openDatabase } from '@/db';
import { seedDatabase, type SeedSummary } from '@/db/seed';
import { DEMO_USERS } from '@/db/seed/users';

export const CSV_DOMAINS = 10_000;
export const SUBTREE_TARGET = 10_000;

/**
 * The server the bench creates its own database on (and drops it from):
 * BENCH_PG_URL, else DATABASE_URL's server, else the local one. The database
 * in the URL is never written to.
 */
export function adminUrl() {
  return process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function urlFor(database: string) {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `bench_scale_${randomBytes(5).toString('hex')}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  let dropped = false;
  return {
    name,
    url: urlFor(name),
    async drop() {
      if (dropped) return;
      dropped = true;
      const again = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      try {
        await again.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end({ timeout: 5 });
      }
    },
  };
}

/** Migrates and seeds through the project's own seed (COPY on PostgreSQL). */
export async function seed(
  url: string,
  options: { customers: number; domains: number; seed: number; levels: number },
): Promise<{ summary: SeedSummary; wallMs: number }> {
  const started = performance.now();
  const connection = await openDatabase({ url, migrate: true });
  try {
    const summary = await seedDatabase(connection, { ...options, reset: true });
    return { summary, wallMs: performance.now() - started };
  } finally {
    await connection.close();
  }
}

export type Fixtures = {
  admin: { email: string; password: string; id: number };
  reseller: { email: string; password: string; id: number; customerId: number; subtree: number; added: number };
  csvCustomer: { id: number; name: string; domains: number };
  nameTerm: string;
  host: string;
  hostOwner: string;
  deepPageAdmin: number;
  deepPageReseller: number;
};

function demo(role: 'admin' | 'customer') {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`the seed has no demo ${role} user`);
  return user;
}

/**
 * Bench-only data on top of the seed: the seed's reseller subtree topped up
 * to SUBTREE_TARGET accounts, one of which owns exactly CSV_DOMAINS domains.
 */
export async function addFixtures(url: string, summary: SeedSummary): Promise<Fixtures> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const adminUser = demo('admin');
    const resellerUser = demo('customer');
    const [{ id: adminId }] = await sql<{ id: number }[]>`
      select id from users where lower(email) = ${adminUser.email}`;
    const [reseller] = await sql<{ id: number; customer_id: number }[]>`
      select id, customer_id from users where lower(email) = ${resellerUser.email}`;
    const root = reseller.customer_id;
    const csvName = 'Bench CSV Customer (10,000 domains)';
    const [csv] = await sql<{ id: number }[]>`
      insert into customers (name, address, parent_id)
      values (${csvName}, ${'1 Bench Street\nLoopback 127'}, ${root}) returning id`;
    await sql`
      insert into domains (customer_id, host, http_ports, scheme, origin_host,
        origin_port, cache_mode, cache_ttl_seconds, redirect_mode,
        cert_expires_on, tls_protocols, waf_mode)
      select ${csv.id}, 'd' || lpad(i::text, 5, '0') || '.bench-csv.example',
        case when i % 3 = 0 then '{443}'::int[] else '{80,443}'::int[] end,
        (case when i % 7 = 0 then 'http' else 'https' end)::origin_scheme,
        'origin-' || (i % 97) || '.bench-origin.example', 443,
        (array['off','standard','aggressive'])[1 + i % 3]::cache_mode,
        case when i % 3 = 1 then 3600 else null end,
        (array['none','http_to_https','www_to_apex','apex_to_www'])[1 + i % 4]::redirect_mode,
        case when i % 10 = 0 then null else date '2027-01-01' + (i % 700) end,
        '{TLSv1.2,TLSv1.3}'::tls_protocol[],
        (array['off','detect','block'])[1 + i % 3]::waf_mode
      from generate_series(1, ${CSV_DOMAINS}) as i`;
    const [{ n: subtree }] = await sql<{ n: number }[]>`
      select count(*)::integer as n from customers where ancestors @> array[${root}::integer]`;
    const added = Math.max(0, SUBTREE_TARGET - subtree);
    if (added > 0) {
      await sql`
        insert into customers (name, address, parent_id)
        select 'Bench Sub-account ' || lpad(i::text, 5, '0'), 'Bench Street ' || i, ${root}
        from generate_series(1, ${added}) as i`;
    }
    const [{ n: finalSubtree }] = await sql<{ n: number }[]>`
      select count(*)::integer as n from customers where ancestors @> array[${root}::integer]`;
    const [{ n: csvDomains }] = await sql<{ n: number }[]>`
      select count(*)::integer as n from domains where customer_id = ${csv.id}`;
    if (csvDomains !== CSV_DOMAINS) throw new Error(`CSV customer has ${csvDomains} domains`);
    // A word from a seeded name inside the reseller's tree, so both users find something.
    const [{ term }] = await sql<{ term: string }[]>`
      select lower(substring(name from '^([A-Za-z]{5,})')) as term from customers
      where ancestors @> array[${root}::integer] and name ~ '^[A-Za-z]{5,}'
        and name not like 'Bench %'
      order by id limit 1 offset 50`;
    const [owned] = await sql<{ host: string; name: string }[]>`
      select d.host, c.name from domains d join customers c on c.id = d.customer_id
      where c.ancestors @> array[${root}::integer] and c.id <> ${csv.id}
      order by d.id limit 1 offset 500`;
    const [{ n: total }] = await sql<{ n: number }[]>`select count(*)::integer as n from customers`;
    return {
      admin: { email: adminUser.email, password: adminUser.password, id: adminId },
      reseller: {
        email: resellerUser.email,
        password: resellerUser.password,
        id: reseller.id,
        customerId: root,
        subtree: finalSubtree,
        added,
      },
      csvCustomer: { id: csv.id, name: csvName, domains: csvDomains },
      nameTerm: term,
      host: owned.host,
      hostOwner: owned.name,
      deepPageAdmin: Math.min(2_000, Math.ceil(total / 25)),
      // The reseller sees ~400 pages: its "deep page" is the middle one.
      deepPageReseller: Math.max(1, Math.floor(Math.ceil(finalSubtree / 25) / 2)),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function vacuumAnalyze(url: string): Promise<number> {
  const sql: Sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    await sql.unsafe('vacuum analyze');
    return performance.now() - started;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
