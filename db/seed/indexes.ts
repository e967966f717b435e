import type { Target } from './target';

type IndexDefinition = { name: string; definition: string };

/**
 * Runs a bulk load with the tables' secondary indexes dropped and rebuilds
 * them afterwards: on empty tables one sorted build is several times faster
 * than maintaining every index (trigram GIN above all) row by row, and it
 * keeps the statement triggers' counter updates cheap. The definitions are
 * read from the catalog, so the migrations stay the only source of them.
 * Primary keys and constraint indexes stay; triggers and foreign keys use
 * them. Call inside a transaction: a failure restores the indexes.
 */
export async function withIndexesDeferred<T>(
  target: Target,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const indexes = await target.query<IndexDefinition>(
    `select i.indexrelid::regclass::text as name,
       pg_get_indexdef(i.indexrelid) as definition
     from pg_index i
     where i.indrelid = any($1::text::regclass[])
       and not i.indisprimary
       and not exists (
         select 1 from pg_constraint c where c.conindid = i.indexrelid)
     order by 1`,
    [`{${tables.join(',')}}`],
  );
  for (const index of indexes) await target.query(`drop index ${index.name}`);
  const result = await load();
  for (const index of indexes) await target.query(index.definition);
  return result;
}
