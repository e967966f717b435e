import { Readable, pipeline } from 'node:stream';

import { and, asc, eq, gt } from 'drizzle-orm';
import { format } from 'fast-csv';
import postgres, { type Sql } from 'postgres';

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
    ? copyCsvChunks(connection.url, customer.id)
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

/** Streams one COPY page into the coalescer, yielding full chunks. */
async function* copyPage(
  sql: Sql,
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
  const stream: Readable = await sql.unsafe(query).readable();
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    reader.push(chunk);
    if (full.length > 0) yield* full.splice(0);
  }
  reader.finish();
  result.lastHost = lastHost === null ? null : (lastHost as Buffer).toString();
}

/** Exports running at once in this process; the rest wait their turn. */
export const MAX_EXPORTS = 4;
let exporting = 0;
const queue: Array<() => void> = [];

async function exportSlot(): Promise<() => void> {
  if (exporting >= MAX_EXPORTS) {
    await new Promise<void>((resolve) => queue.push(resolve));
  } else {
    exporting += 1;
  }
  let freed = false;
  return () => {
    if (freed) return;
    freed = true;
    const next = queue.shift();
    if (next) next();
    else exporting -= 1;
  };
}

/**
 * PostgreSQL renders the lines itself (lib/domains-csv-sql.ts) and binary
 * COPY passes them through, in keyset pages within one read-only snapshot.
 * Each export has a connection of its own, closed at the end: a client that
 * leaves mid-COPY closes it at once, and no connection half-way through a
 * COPY can reach the pool that serves pages.
 */
export async function* copyCsvChunks(
  url: string,
  customerId: number,
  pages = COPY_PAGES,
): AsyncGenerator<Uint8Array> {
  const release = await exportSlot();
  const sql = postgres(url, {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
    connection: {
      application_name: 'customer-console-export',
      // The last guard against an export nobody ends: the server does.
      idle_in_transaction_session_timeout: 120_000,
    },
  });
  let finished = false;
  try {
    await sql.unsafe('begin isolation level repeatable read read only');
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
    finished = true;
  } finally {
    // Unfinished: drop the socket now; the server ends the COPY and rolls back.
    await sql.end({ timeout: finished ? 5 : 0 }).catch((error: unknown) => {
      log.warn('csv.export_close_failed', { customerId, error });
    });
    release();
  }
}
