import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

import type { Executor } from '..';
import { customers, domains, listTotals } from '../schema';
import { containsPattern, inScope, type Scope } from './scope';

export const CUSTOMER_SORTS = [
  'name',
  '-name',
  'parent',
  '-parent',
  'domains',
  '-domains',
  'created',
  '-created',
] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export type CustomerRow = {
  id: number;
  name: string;
  address: string;
  parentId: number | null;
  parentName: string | null;
  domainCount: number;
  userCount: number;
  createdAt: Date;
};

const parents = alias(customers, 'parents');

const rowColumns = {
  id: customers.id,
  name: customers.name,
  address: customers.address,
  parentId: customers.parentId,
  parentName: parents.name,
  domainCount: customers.domainCount,
  userCount: customers.userCount,
  createdAt: customers.createdAt,
};

function orderBy(sort: CustomerSort, parentName: SQL | null): SQL[] {
  const dir = sort.startsWith('-') ? desc : asc;
  switch (sort.replace('-', '')) {
    case 'parent':
      return [
        sort.startsWith('-')
          ? sql`lower(${parentName}) desc nulls last`
          : sql`lower(${parentName}) asc nulls first`,
        asc(customers.nameKey),
        asc(customers.id),
      ];
    case 'domains':
      return [dir(customers.domainCount), dir(customers.id)];
    case 'created':
      return [dir(customers.createdAt), dir(customers.id)];
    default:
      return [dir(customers.nameKey), dir(customers.id)];
  }
}

/**
 * Customers whose name contains `q`, or that own a domain whose host contains
 * it ("who owns www.example.com?").
 */
function searchFilter(q: string): SQL {
  const name = containsPattern(q.toLowerCase());
  const host = containsPattern(hostForSearch(q));
  // An array built once (an InitPlan) rather than `in (subquery)`: the
  // planner cannot estimate how few customers a search finds and would hash
  // the whole table; probing the primary key per match is what it costs.
  return sql`${customers.id} = any(array(
    select ${customers.id} from ${customers} where lower(${customers.name}) like ${name}
    union
    select ${domains.customerId} from ${domains} where ${domains.host} like ${host}
  ))`;
}

export function hostForSearch(q: string): string {
  const lower = q.trim().toLowerCase();
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  try {
    return new URL(`http://${lower}`).hostname || lower;
  } catch {
    return lower;
  }
}

export type ListCustomersInput = {
  scope: Scope;
  q?: string;
  sort: CustomerSort;
  page: number;
  pageSize: number;
};

const pageParents = alias(customers, 'page_parents');

/**
 * One page of customers and the total. The page's ids are found first from
 * the sort's index alone (a deferred join), so skipping to page 2,000 walks
 * index entries, not rows and joins; only the rows found are read and joined
 * to their parents.
 *
 * The whole list is the only one with a kept total (list_totals); it takes two
 * statements run side by side. Any other list (a search, a subtree) has to
 * find all its matches to sort them anyway, so the page counts them on the
 * way (a window count) and the search runs once. Only a page past the end,
 * which has no row to carry the count, costs a second statement.
 */
export async function listCustomers(db: Executor, input: ListCustomersInput) {
  const q = input.q?.trim();
  const where = and(inScope(input.scope), q ? searchFilter(q) : undefined);
  const keptTotal = input.scope.kind === 'all' && !q;
  const byParent = input.sort.replace('-', '') === 'parent';
  const idsQuery = db
    .select({
      id: customers.id,
      total: (keptTotal ? sql<number>`0` : sql<number>`(count(*) over ())::integer`).as('total'),
    })
    .from(customers)
    .$dynamic();
  const pageIds = (
    byParent
      ? idsQuery.leftJoin(pageParents, eq(pageParents.id, customers.parentId))
      : idsQuery
  )
    .where(where)
    .orderBy(...orderBy(input.sort, byParent ? sql`${pageParents.name}` : null))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .as('page_ids');
  const rowsQuery = db
    .select({ ...rowColumns, total: pageIds.total })
    .from(pageIds)
    .innerJoin(customers, eq(customers.id, pageIds.id))
    .leftJoin(parents, eq(parents.id, customers.parentId))
    .orderBy(...orderBy(input.sort, sql`${parents.name}`));
  const countQuery = () =>
    db.select({ total: sql<number>`count(*)::integer` }).from(customers).where(where);

  if (keptTotal) {
    const [found, [{ total }]] = await Promise.all([
      rowsQuery,
      db.select({ total: sql<number>`${listTotals.customers}::integer` }).from(listTotals),
    ]);
    return { rows: found.map(withoutTotal), total };
  }
  const found = await rowsQuery;
  const total =
    found[0]?.total ?? (input.page > 1 ? (await countQuery())[0].total : 0);
  return { rows: found.map(withoutTotal), total };
}

function withoutTotal({ total: _total, ...row }: CustomerRow & { total: number }): CustomerRow {
  return row;
}

export type CustomerDetail = CustomerRow & {
  ancestors: number[];
  version: number;
  updatedAt: Date;
};

export async function getCustomerById(
  db: Executor,
  id: number,
): Promise<CustomerDetail | undefined> {
  const [row] = await db
    .select({
      ...rowColumns,
      ancestors: customers.ancestors,
      version: customers.version,
      updatedAt: customers.updatedAt,
    })
    .from(customers)
    .leftJoin(parents, eq(parents.id, customers.parentId))
    .where(eq(customers.id, id));
  return row as CustomerDetail | undefined;
}

export async function listChildren(db: Executor, id: number, limit: number) {
  const where = eq(customers.parentId, id);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(where)
      .orderBy(customers.nameKey, customers.id)
      .limit(limit),
    db
      .select({ total: sql<number>`count(*)::integer` })
      .from(customers)
      .where(where),
  ]);
  return { rows, total };
}

/**
 * Accounts a customer may be placed under: inside `scope`, never inside
 * `excludeSubtreeOf` (the customer being edited and its descendants), and not
 * so deep that the result would pass the depth limit.
 */
export async function searchParentOptions(
  db: Executor,
  input: {
    scope: Scope;
    q?: string;
    excludeSubtreeOf?: number;
    maxDepth: number;
    limit: number;
  },
) {
  const q = input.q?.trim().toLowerCase();
  return db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        inScope(input.scope),
        q ? sql`lower(${customers.name}) like ${containsPattern(q)}` : undefined,
        input.excludeSubtreeOf
          ? sql`not (${customers.ancestors} @> array[${input.excludeSubtreeOf}]::integer[])`
          : undefined,
        sql`cardinality(${customers.ancestors}) <= ${input.maxDepth}`,
      ),
    )
    .orderBy(sql`lower(${customers.name})`, customers.id)
    .limit(input.limit);
}

export async function getCustomerNames(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(inArray(customers.id, ids));
}

/** Height of the subtree below a customer (0 for a leaf). */
export async function subtreeHeight(db: Executor, customer: { id: number; ancestors: number[] }) {
  const [{ deepest }] = await db
    .select({
      deepest: sql<number>`coalesce(max(cardinality(${customers.ancestors})), 0)::integer`,
    })
    .from(customers)
    .where(sql`${customers.ancestors} @> array[${customer.id}]::integer[]`);
  return Math.max(0, deepest - customer.ancestors.length);
}
