import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';

import postgres, { type Sql } from 'postgres';

import { openDatabase } from '@/db';
import { domainsCopyPage } from '@/lib/domains-csv-sql';
import { hashPassword } from '@/lib/password';

import { memoryOf, signIn, startServer, stopServer } from './scale/server';

const ADMIN_URL = process.env.BENCH_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = 3;
const BIG = 1_000_000;
const SMALL = 100_000;

function databaseUrl(name: string) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function seedDomains(sql: Sql, customerId: number, count: number) {
  await sql`
    insert into domains (customer_id, host, http_ports, scheme, origin_host,
      origin_port, cache_mode, cache_ttl_seconds, redirect_mode,
      cert_expires_on, tls_protocols, waf_mode)
    select ${customerId},
      'h' || substr(md5(i::text), 1, 8) || '-' || i || '.c'
        || ${customerId} || '.example.com',
      case when i % 3 = 0 then '{80}'::int[] else '{80,443}'::int[] end,
      (case when i % 5 = 0 then 'http' else 'https' end)::origin_scheme,
      'origin-' || (i % 1000) || '.backend.example.net',
      case when i % 5 = 0 then 80 else 443 end,
      (array['off','standard','aggressive'])[1 + i % 3]::cache_mode,
      case when i % 3 = 0 then null else 60 * (1 + i % 120) end,
      (array['none','http_to_https','www_to_apex','apex_to_www'])
        [1 + i % 4]::redirect_mode,
      case when i % 10 = 0 then null else date '2027-01-01' + (i % 730) end,
      case when i % 2 = 0 then '{TLSv1.2,TLSv1.3}'::tls_protocol[]
        else '{TLSv1.3}'::tls_protocol[] end,
      (array['off','detect','block'])[1 + i % 3]::waf_mode
    from generate_series(1, ${count}) i`;
}

/** Hosts in md5 order, so the host index is not in physical order. */
async function seed(url: string, password: string) {
  const started = Date.now();
  const connection = await openDatabase({ url, migrate: true });
  await connection.close();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [big] = await sql`insert into customers (name, address)
    values ('Bench, "Big" Customer', 'Bench street 1') returning id`;
  const [small] = await sql`insert into customers (name, address)
    values ('Bench small customer', 'Bench street 2') returning id`;
  await sql`insert into users (full_name, email, password_hash, role)
    values ('Bench admin', 'bench@example.test',
      ${await hashPassword(password)}, 'admin')`;
  // Building the trigram index once is much faster than row by row.
  await sql`drop index domains_host_trgm_idx`;
  await seedDomains(sql, big.id, BIG);
  await seedDomains(sql, small.id, SMALL);
  await sql`create index domains_host_trgm_idx on domains
    using gin (host gin_trgm_ops)`;
  await sql`vacuum analyze`;
  await sql.end();
  console.log(`seeded ${BIG + SMALL} domains in ${Date.now() - started} ms`);
  return { big: big.id as number, small: small.id as number };
}

type Download = { ms: number; ttfbMs: number; bytes: number; rows: number };

async function download(base: string, cookie: string, id: number) {
  const started = performance.now();
  const response = await fetch(`${base}/customers/${id}/domains.csv`, {
    headers: { cookie },
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let ttfbMs = 0;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) ttfbMs = performance.now() - started;
    bytes += value.length;
    const chunk = Buffer.from(value.buffer, value.byteOffset, value.length);
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) {
      lines += 1;
    }
  }
  const ms = performance.now() - started;
  return { ms, ttfbMs, bytes, rows: lines - 1 } satisfies Download;
}

function psqlCopy(db: string, select: string): Promise<number> {
  const started = performance.now();
  const url = new URL(ADMIN_URL);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U',
    url.username || 'postgres', '-d', db, '-X', '-q',
    '-c', `\\copy (${select}) to stdout with csv`];
  return new Promise((resolve, reject) => {
    const child = spawn('psql', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(performance.now() - started)
        : reject(new Error(`psql exited with ${code}`)));
  });
}

/** The columns of the file, unformatted: what psql would export. */
function rawSelect(id: number) {
  return `select d.host, d.http_ports, d.scheme, c.name, d.origin_host,
    d.origin_port, d.cache_mode, d.cache_ttl_seconds, d.redirect_mode,
    d.cert_expires_on, d.tls_protocols, d.waf_mode
    from domains d join customers c on c.id = d.customer_id
    where d.customer_id = ${id} order by d.host`.replace(/\s+/g, ' ');
}

/** The route's own SQL rendering, as one statement. */
function formattedSelect(id: number) {
  return domainsCopyPage(id, null, 2_000_000)
    .replace(/^copy \(/, '')
    .replace(/\) to stdout \(format binary\)$/, '');
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Polls the server's VmRSS until stopped; returns the peak seen, MiB. */
function watchMemory(pid: number, everyMs = 25) {
  let peak = memoryOf(pid).rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid).rss);
  }, everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, memoryOf(pid).rss);
  };
}

async function measureRoute(base: string, cookie: string, id: number, pid: number) {
  const runs: Array<Download & { peakMb: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const stop = watchMemory(pid);
    const run = await download(base, cookie, id);
    runs.push({ ...run, peakMb: stop() });
    console.log(
      `  route run ${i + 1}: ${run.rows} rows, ${(run.bytes / 1e6).toFixed(1)} MB,` +
        ` ${(run.ms / 1000).toFixed(2)} s, ${rate(run.rows, run.ms)} rows/s,` +
        ` TTFB ${run.ttfbMs.toFixed(0)} ms, peak RSS ${runs[i].peakMb.toFixed(0)} MB`,
    );
  }
  return runs;
}

async function measurePsql(db: string, select: string, label: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await psqlCopy(db, select));
    console.log(`  psql ${label} run ${i + 1}: ${(times[i] / 1000).toFixed(2)} s,` +
      ` ${rate(BIG, times[i])} rows/s`);
  }
  return times;
}

async function benchmark(db: string, ids: { big: number; small: number }, password: string) {
  const server = await startServer(databaseUrl(db), { distDir: '.next' });
  try {
    const cookie = await signIn(server.base, 'bench@example.test', password);
    console.log(`server up (pid ${server.serverPid}), RSS ${memoryOf(server.serverPid).rss.toFixed(0)} MB`);
    console.log(`${SMALL} rows:`);
    const small = await measureRoute(server.base, cookie, ids.small, server.serverPid);
    console.log(`${BIG} rows:`);
    const big = await measureRoute(server.base, cookie, ids.big, server.serverPid);
    const hwm = memoryOf(server.serverPid).peak;
    return { small, big, hwm };
  } finally {
    await stopServer(server);
  }
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build (.next/BUILD_ID): run `npm run build` first.');
    process.exit(1);
  }
  const db = `bench_csv_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${db}`);
  try {
    const ids = await seed(databaseUrl(db), password);
    const route = await benchmark(db, ids, password);
    console.log('psql \\copy, raw columns:');
    const raw = await measurePsql(db, rawSelect(ids.big), 'raw');
    console.log('psql \\copy, the route\'s formatted SELECT:');
    const formatted = await measurePsql(db, formattedSelect(ids.big), 'formatted');
    report(route, raw, formatted);
  } finally {
    await admin.unsafe(`drop database if exists ${db} with (force)`);
    await admin.end();
    console.log(`dropped ${db}`);
  }
}

function report(
  route: Awaited<ReturnType<typeof benchmark>>,
  raw: number[],
  formatted: number[],
) {
  const routeRate = median(route.big.map((r) => rate(r.rows, r.ms)));
  const rawRate = rate(BIG, median(raw));
  const formattedRate = rate(BIG, median(formatted));
  const peak = (runs: Array<{ peakMb: number }>) =>
    Math.max(...runs.map((r) => r.peakMb)).toFixed(0);
  console.log('\nsummary (medians of 3):');
  console.log(`  route          ${routeRate} rows/s, TTFB ` +
    `${median(route.big.map((r) => r.ttfbMs)).toFixed(0)} ms`);
  console.log(`  psql raw       ${rawRate} rows/s -> ratio ${(routeRate / rawRate).toFixed(2)}`);
  console.log(`  psql formatted ${formattedRate} rows/s -> ratio ` +
    `${(routeRate / formattedRate).toFixed(2)}`);
  console.log(`  server peak RSS: ${peak(route.small)} MB during ${SMALL} rows, ` +
    `${peak(route.big)} MB during ${BIG} rows (VmHWM ${route.hwm.toFixed(0)} MB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
