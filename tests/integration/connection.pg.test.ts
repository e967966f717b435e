import { sql } from 'drizzle-orm';

import { useTestDatabase } from '../support/db';

// Runs only with DATABASE_URL (see jest.config.mjs).
const t = useTestDatabase();

describe('PostgreSQL connections', () => {
  it('name the app for operators and keep page queries serial', async () => {
    const result = await t.db.execute(sql`
      select current_setting('application_name') as app,
             current_setting('max_parallel_workers_per_gather') as workers`);
    expect([...(result as unknown as Iterable<unknown>)]).toEqual([
      { app: 'customer-console', workers: '0' },
    ]);
  });
});
