import { Readable, pipeline } from 'node:stream';

import { and, asc, eq, gt } from 'drizzle-orm';
import { format } from 'fast-csv';
import type { Sql } from 'postgres';

import type { Connection, Database } from '@/db';
import { domainCsvSelection } from '@/db/queries/domain-list';
import { domains } from '@/db/schema';
import { ChunkCoalescer } from '@/lib/chunk-coalescer';
import { CopyBinaryReader } from '@/lib/copy-binary';
import {
  DOMAIN_CSV_HEADER,
  domainCells,
  type DomainCsvRow,
} from '@/lib/domains-csv-columns';
import { domainsCopyPage } from '@/lib/domains-csv-sql';
import { log } from '@/lib/log';

export type CsvCustomer = { id: number; name: string };

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The first bytes of every file: BOM and header row. */
export const CSV_PREAMBLE = Buffer.from(
  BOM + DOMAIN_CSV_HEADER.join(',') + CRLF,
  'utf8',
);

export const PORTABLE_PAGE = 2_000;
/** PostgreSQL pages: small first for a quick first byte, then larger. */
export const COPY_PAGES = { first: 1_000, growth: 4, max: 50_000 };

/**
 * The domain CSV of one customer as ~64 KB chunks, read in pages so memory
 * stays flat. Returning the iterator early stops reading and frees the
 * database connection.
 */
export function domainsCsvChunks(
  connection: Connection,
  customer: CsvCustomer,
): AsyncGenerator<Uint8Array> {
  return connection.kind === 'postgres'
    ? copyCsvChunks(connection.client, customer.id)
    : portableCsvChunks(connection.db, customer);
}

// Shortcoming: these pages share no snapshot, so a domain written during an
// embedded-database export can be missed or repeated; one transaction would
// hold PGlite's only connection and stall every other request meanwhile.
async function* domainPages(
  db: Database,
  customerId: number,
  pageSize: number,
): AsyncGenerator<DomainCsvRow[]> {
  let after: string | null = null;
  for (;;) {
    const rows: DomainCsvRow[] = await db
      .select(domainCsvSelection)
      .from(domains)
      .where(
        and(
          eq(domains.customerId, customerId),
          after === null ? undefined : gt(domains.host, after),
        ),
      )
      .orderBy(asc(domains.host))
      .limit(pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].host;
  }
}

async function* csvRecords(
  db: Database,
  customer: CsvCustomer,
  pageSize: number,
) {
  for await (const page of domainPages(db, customer.id, pageSize)) {
    for (const row of page) yield domainCells(row, customer.name);
  }
}

/** Keyset pages through drizzle, formatted by fast-csv; works on both backends. */
export async function* portableCsvChunks(
  db: Database,
  customer: CsvCustomer,
  pageSize = PORTABLE_PAGE,
): AsyncGenerator<Uint8Array> {
  const formatter = format({
    headers: [...DOMAIN_CSV_HEADER],
    alwaysWriteHeaders: true,
    includeEndRowDelimiter: true,
    rowDelimiter: CRLF,
  });
  // pipeline() destroys the record source when the formatter is destroyed,
  // which is what ending this generator early does.
  const csv = pipeline(
    Readable.from(csvRecords(db, customer, pageSize)),
    formatter,
    () => {},
  );
  const coalescer = new ChunkCoalescer();
  const full: Uint8Array[] = [];
  // fast-csv's writeBOM skips files without rows.
  coalescer.add(Buffer.from(BOM, 'utf8'), full);
  for await (const piece of csv as AsyncIterable<Buffer>) {
    coalescer.add(piece, full);
    if (full.length > 0) yield* full.splice(0);
  }
  const rest = coalescer.flush();
  if (rest) yield rest;
}

type CopyPage = { rows: number; lastHost: string | null };
type ReservedSql = Awaited<ReturnType<Sql['reserve']>>;

/** Streams one COPY page into the coalescer, yielding full chunks. */
async function* copyPage(
  sql: ReservedSql,
  query: string,
  coalescer: ChunkCoalescer,
  result: CopyPage,
): AsyncGenerator<Uint8Array> {
  const full: Uint8Array[] = [];
  let lastHost: Buffer | null = null;
  const reader = new CopyBinaryReader(([host, line]) => {
    if (!host || !line) throw new Error('unexpected NULL in CSV COPY');
    result.rows += 1;
    lastHost = host;
    coalescer.add(line, full);
  });
  const copy = sql.unsafe(query);
  const stream: Readable = await copy.readable();
  let complete = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      reader.push(chunk);
      if (full.length > 0) yield* full.splice(0);
    }
    complete = true;
  } finally {
    // The client left mid-page: the server would go on copying into a
    // connection nobody reads. Cancel it and wait until it has stopped.
    if (!complete) await stopCopy(copy);
  }
  reader.finish();
  result.lastHost = lastHost === null ? null : (lastHost as Buffer).toString();
}

const STOP_TIMEOUT_MS = 3_000;

async function stopCopy(copy: { cancel(): void } & PromiseLike<unknown>) {
  copy.cancel();
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    Promise.resolve(copy).then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!stopped) throw new Error('the cancelled COPY did not stop');
}

/**
 * PostgreSQL renders the lines itself (lib/domains-csv-sql.ts) and binary
 * COPY passes them through, in keyset pages within one read-only snapshot.
 */
export async function* copyCsvChunks(
  client: Sql,
  customerId: number,
  pages = COPY_PAGES,
): AsyncGenerator<Uint8Array> {
  const sql = await client.reserve();
  let open = false;
  let pid: number | undefined;
  try {
    await sql.unsafe('begin isolation level repeatable read read only');
    open = true;
    [{ pid }] = await sql.unsafe<{ pid: number }[]>('select pg_backend_pid() as pid');
    await sql.unsafe(`set local datestyle = 'ISO'`);
    await sql.unsafe('set local standard_conforming_strings = on');
    yield Buffer.from(CSV_PREAMBLE);
    const coalescer = new ChunkCoalescer();
    let after: string | null = null;
    for (let limit = pages.first; ; ) {
      const page: CopyPage = { rows: 0, lastHost: null };
      const query = domainsCopyPage(customerId, after, limit);
      yield* copyPage(sql, query, coalescer, page);
      if (page.rows < limit) break;
      after = page.lastHost;
      limit = Math.min(limit * pages.growth, pages.max);
    }
    const rest = coalescer.flush();
    if (rest) yield rest;
    await sql.unsafe('commit');
    open = false;
  } finally {
    await endReserved(client, sql, open, pid);
  }
}

/**
 * Hands the connection back only in a known state: after a clean rollback.
 * A connection that cannot roll back (say, a COPY that would not stop) is
 * ended on the server instead, and the pool replaces it.
 */
async function endReserved(
  client: Sql,
  sql: ReservedSql,
  open: boolean,
  pid: number | undefined,
) {
  try {
    if (open) await sql.unsafe('rollback');
  } catch (error) {
    log.warn('csv.connection_discarded', { pid, error });
    if (pid !== undefined) {
      await client`select pg_terminate_backend(${pid})`.catch(() => {});
    }
  } finally {
    sql.release();
  }
}
