import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const url = process.env.DATABASE_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (url && template) {
    const { default: postgres } = await import('postgres');
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  }
  const file = process.env.TEST_PGLITE_TEMPLATE;
  if (file) rmSync(file, { force: true });
}
