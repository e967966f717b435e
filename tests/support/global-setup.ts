import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { openDatabase } from '@/db';

/**
 * Migrates once per run: into a PGlite dump that each test file loads, or
 * into a PostgreSQL template database that each test file copies.
 */
export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'silent';
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  process.env.TEST_RUN_ID = runId;
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import('postgres');
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const template = `cc_template_${runId}`;
    await admin.unsafe(`create database ${template}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${template}`;
    const connection = await openDatabase({ url: target.toString(), migrate: true });
    await connection.close();
    process.env.TEST_PG_TEMPLATE = template;
    return;
  }
  const connection = await openDatabase({ dataDir: 'memory://', migrate: true });
  if (connection.kind !== 'pglite') throw new Error('expected PGlite');
  const dump = await connection.client.dumpDataDir('gzip');
  await connection.close();
  const file = path.join(tmpdir(), `customer-console-template-${runId}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.TEST_PGLITE_TEMPLATE = file;
}
