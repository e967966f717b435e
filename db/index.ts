import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';

import { dataDir, databaseUrl } from '@/lib/env';
import { log } from '@/lib/log';

import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<
  Parameters<Database['transaction']>[0]
>[0];
/** A database handle or an open transaction: queries accept either. */
export type Executor = Database | Transaction;

export type Connection =
  | { kind: 'pglite'; db: Database; client: PGlite; close(): Promise<void> }
  | {
      kind: 'postgres';
      db: Database;
      client: Sql;
      url: string;
      close(): Promise<void>;
    };

export type OpenOptions = {
  /** PostgreSQL URL; without it the embedded database is used. */
  url?: string;
  /** PGlite data folder; `memory://` for a throwaway one. */
  dataDir?: string;
  /** A PGlite data dump to start from (tests use a migrated template). */
  loadDataDir?: Blob;
  migrate?: boolean;
  /** Size of the PostgreSQL pool. */
  max?: number;
};

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

// Any key will do as long as every process uses the same one.
const MIGRATION_LOCK = 7_204_311;

export async function openDatabase(options: OpenOptions): Promise<Connection> {
  const connection = options.url
    ? await openPostgres(options.url, options)
    : await openPglite(options);
  if (options.migrate) await migrate(connection, options.url);
  return connection;
}

async function openPglite(options: OpenOptions): Promise<Connection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = options.dataDir ?? dataDir();
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(
    options.loadDataDir ? undefined : dir,
    { extensions: { pg_trgm }, loadDataDir: options.loadDataDir },
  );
  const db = drizzle({ client, schema }) as unknown as Database;
  return { kind: 'pglite', db, client, close: () => client.close() };
}

async function openPostgres(
  url: string,
  options: OpenOptions,
): Promise<Connection> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
    connection: {
      application_name: 'customer-console',
      // Page queries read a few index ranges; under many concurrent users,
      // parallel workers cost more to start than they save.
      max_parallel_workers_per_gather: '0',
    },
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    client,
    url,
    close: () => client.end({ timeout: 5 }),
  };
}

async function migrate(connection: Connection, url?: string) {
  const started = Date.now();
  if (connection.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const { drizzle } = await import('drizzle-orm/pglite');
    await migrate(drizzle({ client: connection.client }), {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
  } else {
    await migratePostgres(url as string);
  }
  log.info('db.migrated', { kind: connection.kind, ms: Date.now() - started });
}

/** Several app servers may start at once: one migrates, the rest wait. */
async function migratePostgres(url: string) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end({ timeout: 5 });
  }
}

type Holder = { connection?: Promise<Connection> };
const holder = globalThis as typeof globalThis & { __customerConsoleDb?: Holder };

function slot(): Holder {
  holder.__customerConsoleDb ??= {};
  return holder.__customerConsoleDb;
}

/**
 * The process-wide connection, opened (and migrated) on first use and kept on
 * globalThis so the dev server's hot reload does not open a second PGlite.
 */
export function getConnection(): Promise<Connection> {
  const current = slot();
  if (!current.connection) {
    const url = databaseUrl();
    current.connection = openDatabase({ url, migrate: true }).then(
      (connection) => {
        log.info('db.opened', {
          kind: connection.kind,
          ...(connection.kind === 'pglite' ? { dataDir: dataDir() } : {}),
        });
        return connection;
      },
      (error: unknown) => {
        current.connection = undefined;
        throw error;
      },
    );
  }
  return current.connection;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}

/** Tests give each file its own database (or one that fails to open). */
export function useConnection(connection: Connection | Promise<Connection>) {
  slot().connection = Promise.resolve(connection);
}
