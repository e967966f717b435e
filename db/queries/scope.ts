import { sql, type SQL } from 'drizzle-orm';

import { customers } from '../schema';

/** Which customers a reader may see: all of them, or one account's subtree. */
export type Scope = { kind: 'all' } | { kind: 'subtree'; rootId: number };

export function inScope(scope: Scope, column = customers.ancestors): SQL {
  return scope.kind === 'all'
    ? sql`true`
    : sql`${column} @> array[${scope.rootId}]::integer[]`;
}

/** Escapes LIKE wildcards so search text matches itself. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
