import type { Logger } from 'drizzle-orm';

import type { Connection, Database } from '@/db';
import * as schema from '@/db/schema';

/** A second handle on the test database that counts the statements it runs. */
export async function countingDb(connection: Connection) {
  const statements: string[] = [];
  const logger: Logger = { logQuery: (query) => statements.push(query) };
  let db: Database;
  if (connection.kind === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    db = drizzle({ client: connection.client, schema, logger }) as unknown as Database;
  } else {
    const { drizzle } = await import('drizzle-orm/postgres-js');
    db = drizzle({ client: connection.client, schema, logger }) as unknown as Database;
  }
  return { db, statements };
}
