import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { openDatabase, useConnection, type Connection, type Database } from '@/db';

export type TestDatabase = {
  readonly db: Database;
  readonly connection: Connection;
  /** `postgres` or `pglite`, for messages; tests assert the same on both. */
  readonly kind: Connection['kind'];
};

async function openFresh(): Promise<{ connection: Connection; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (url && template) {
    const { default: postgres } = await import('postgres');
    const name = `cc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${template}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const connection = await openDatabase({ url: target.toString(), max: 5 });
    return {
      connection,
      async drop() {
        await connection.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const file = process.env.TEST_PGLITE_TEMPLATE;
  if (!file) throw new Error('jest global setup did not run');
  const connection = await openDatabase({
    dataDir: 'memory://',
    loadDataDir: new Blob([readFileSync(file)]),
  });
  return { connection, drop: () => connection.close() };
}

/**
 * Gives the calling test file a database of its own, migrated and empty,
 * installed as the app's connection for the duration of the file.
 */
export function useTestDatabase(): TestDatabase {
  let current: { connection: Connection; drop(): Promise<void> } | undefined;
  beforeAll(async () => {
    current = await openFresh();
    useConnection(current.connection);
  });
  afterAll(async () => {
    await current?.drop();
  });
  const get = () => {
    if (!current) throw new Error('the test database is not open yet');
    return current.connection;
  };
  return {
    get db() {
      return get().db;
    },
    get connection() {
      return get();
    },
    get kind() {
      return get().kind;
    },
  };
}
