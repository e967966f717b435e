import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

import { customers } from '../schema';

/** Which customers a reader may see: all of them, or one account's subtree. */
export type Scope = { kind: 'all' } | { kind: 'subtree'; rootId: number };

/** Above any path: the depth limit is 8 (db/schema.ts MAX_TREE_DEPTH). */
const PAST_ANY_DESCENDANT = sql.raw('array_fill(2147483647, array[8])');

/**
 * `column` (a customers.ancestors path, root .. self) lies in the scope.
 * A subtree is every path that starts with its root's own path P, and those
 * are exactly the arrays between P and P || {max int x 8} in array order:
 * one range scan of customers_ancestors_path_idx, which is also what lets a
 * btree index holding `ancestors` filter a page without reading rows. The
 * same set as `ancestors @> {root}`, because the paths are exact (triggers).
 */
export function inScope(scope: Scope, column: AnyColumn | SQL = customers.ancestors): SQL {
  if (scope.kind === 'all') return sql`true`;
  const rootPath = sql`(select scope_root.ancestors from ${customers} scope_root where scope_root.id = ${scope.rootId})`;
  return sql`(${column} >= ${rootPath} and ${column} <= (${rootPath} || ${PAST_ANY_DESCENDANT}))`;
}

/** Escapes LIKE wildcards so search text matches itself. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
