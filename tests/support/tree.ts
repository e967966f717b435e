import { sql } from 'drizzle-orm';

import type { Database } from '@/db';
import { customers } from '@/db/schema';

/**
 * Every customer whose stored ancestors differ from the path a recursive walk
 * of parent_id gives; empty when the tree representation is exact.
 */
export async function treeMismatches(db: Database) {
  const walked = await db.execute<{ id: number; path: number[] }>(sql`
    with recursive walk(id, path) as (
      select id, array[id] from customers where parent_id is null
      union all
      select c.id, w.path || c.id from customers c join walk w on c.parent_id = w.id
    )
    select id, path from walk`);
  const rows = Array.isArray(walked) ? walked : (walked as { rows: { id: number; path: number[] }[] }).rows;
  const expected = new Map(rows.map((row) => [Number(row.id), row.path.map(Number)]));
  const stored = await db
    .select({ id: customers.id, ancestors: customers.ancestors })
    .from(customers);
  return stored
    .filter((row) => JSON.stringify(expected.get(row.id)) !== JSON.stringify(row.ancestors))
    .map((row) => ({ id: row.id, stored: row.ancestors, walked: expected.get(row.id) }));
}
