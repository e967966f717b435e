import { once } from 'node:events';
import { finished } from 'node:stream/promises';

import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { TransactionSql } from 'postgres';

import type { Connection } from '..';

type Param = string | number | boolean | null;

/** The few raw operations a bulk load needs, on either backend. */
export type Target = {
  query<T>(text: string, params?: Param[]): Promise<T[]>;
  /** COPY text-format lines (each ending in a newline) into a table. */
  copy(table: string, columns: string[], lines: Iterable<string>): Promise<void>;
};

// PGlite reads a COPY from one in-memory blob; this bounds its size.
const PGLITE_COPY_ROWS = 50_000;
const CHUNK_BYTES = 256 * 1024;

function copyStatement(table: string, columns: string[], source: string) {
  return `copy ${table} (${columns.join(', ')}) from ${source}`;
}

function postgresTarget(tx: TransactionSql): Target {
  return {
    async query<T>(text: string, params: Param[] = []) {
      return (await tx.unsafe(text, params)) as unknown as T[];
    },
    async copy(table, columns, lines) {
      const stream = await tx
        .unsafe(copyStatement(table, columns, 'stdin'))
        .writable();
      let chunk = '';
      for (const line of lines) {
        chunk += line;
        if (chunk.length < CHUNK_BYTES) continue;
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
      }
      stream.end(chunk);
      await finished(stream);
    },
  };
}

function pgliteTarget(tx: PgliteTransaction): Target {
  const copyBatch = (table: string, columns: string[], text: string) =>
    tx.query(copyStatement(table, columns, `'/dev/blob'`), [], {
      blob: new Blob([text]),
    });
  return {
    async query<T>(text: string, params: Param[] = []) {
      return (await tx.query<T>(text, params)).rows;
    },
    async copy(table, columns, lines) {
      let batch: string[] = [];
      for (const line of lines) {
        batch.push(line);
        if (batch.length < PGLITE_COPY_ROWS) continue;
        await copyBatch(table, columns, batch.join(''));
        batch = [];
      }
      if (batch.length > 0) await copyBatch(table, columns, batch.join(''));
    },
  };
}

/** Runs `work` in one transaction: a failed load leaves nothing behind. */
export async function inTransaction<T>(
  connection: Connection,
  work: (target: Target) => Promise<T>,
): Promise<T> {
  if (connection.kind === 'postgres') {
    const result = await connection.client.begin((tx) => work(postgresTarget(tx)));
    return result as T;
  }
  const client: PGlite = connection.client;
  return client.transaction((tx) => work(pgliteTarget(tx)));
}

const SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format; `\N` is NULL. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const text = String(value);
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** An array literal of simple elements (numbers, enum labels). */
export function copyArray(values: ReadonlyArray<string | number>): string {
  return `{${values.join(',')}}`;
}
