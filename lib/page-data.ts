import type { Executor } from '@/db';
import { listAudit } from '@/db/queries/audit';
import {
  getCustomerNames,
  listChildren,
  listCustomers,
  type CustomerSort,
} from '@/db/queries/customers';
import { countDomains, listDomainsPage } from '@/db/queries/domain-list';
import { listUsers, listUsersOfCustomer } from '@/db/queries/users';
import { scopeOf, type Actor } from '@/lib/authz';
import { findVisibleCustomer } from '@/lib/customers';
import { PAGE_SIZE } from '@/lib/list-params';

/*
 * What the List Customer, List User and customer pages read, once the actor
 * is known. The pages render it; `npm run bench` runs these same functions on
 * a logging client to time exactly the statements a page runs.
 */

export function loadCustomerList(
  db: Executor,
  actor: Actor,
  params: { q: string; sort: CustomerSort; page: number },
) {
  return listCustomers(db, {
    scope: scopeOf(actor),
    q: params.q,
    sort: params.sort,
    page: params.page,
    pageSize: PAGE_SIZE,
  });
}

export function loadUserList(
  db: Executor,
  actor: Actor,
  params: { q: string; page: number },
) {
  return listUsers(db, {
    scope: scopeOf(actor),
    q: params.q,
    page: params.page,
    pageSize: PAGE_SIZE,
  });
}

/** The accounts above a customer that the actor may see, root first. */
export function visibleAncestors(actor: Actor, ancestors: number[]) {
  const first = actor.customerId === null ? 0 : ancestors.indexOf(actor.customerId);
  return ancestors.slice(Math.max(0, first), -1);
}

/** Throws the app's not-found error for a customer the actor may not see. */
export async function loadCustomerDetail(
  db: Executor,
  actor: Actor,
  id: number,
  page: number,
  host = '',
) {
  const customer = await findVisibleCustomer(db, actor, id);
  const filter = { customerId: id, host };
  const [children, members, domainRows, audit, ancestorNames, domainTotal] = await Promise.all([
    listChildren(db, id, 50),
    listUsersOfCustomer(db, id),
    listDomainsPage(db, { ...filter, page, pageSize: PAGE_SIZE }),
    actor.role === 'admin' ? listAudit(db, { customerId: id, page: 1, pageSize: 20 }) : null,
    getCustomerNames(db, visibleAncestors(actor, customer.ancestors)),
    // Unfiltered, the kept counter answers without counting.
    host ? countDomains(db, filter) : customer.domainCount,
  ]);
  return { customer, children, members, domainRows, audit, ancestorNames, domainTotal };
}
