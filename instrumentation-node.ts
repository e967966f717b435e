import { getConnection } from '@/db';
import { authSecret } from '@/lib/env';
import { log } from '@/lib/log';

export function startServer() {
  // Fails start-up, not the first sign-in, when production lacks a secret.
  authSecret();
  log.info('app.starting', {
    node: process.version,
    env: process.env.NODE_ENV,
    database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
  });
  // Opening early applies migrations before the first request arrives.
  getConnection().catch((error: unknown) =>
    log.error('db.open_failed', { error }),
  );
}
