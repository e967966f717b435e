import { and, asc, count, eq, sql } from 'drizzle-orm';

import type { Executor } from '..';
import { domains } from '../schema';
import { hostForSearch } from './customers';
import { containsPattern } from './scope';

/** The columns behind a domain CSV row, for the file and the detail page. */
export const domainCsvSelection = {
  host: domains.host,
  httpPorts: domains.httpPorts,
  scheme: domains.scheme,
  originHost: domains.originHost,
  originPort: domains.originPort,
  cacheMode: domains.cacheMode,
  cacheTtlSeconds: domains.cacheTtlSeconds,
  redirectMode: domains.redirectMode,
  certExpiresOn: domains.certExpiresOn,
  tlsProtocols: domains.tlsProtocols,
  wafMode: domains.wafMode,
};

type DomainFilter = { customerId: number; host?: string };

function domainWhere({ customerId, host }: DomainFilter) {
  return and(
    eq(domains.customerId, customerId),
    host ? sql`${domains.host} like ${containsPattern(hostForSearch(host))}` : undefined,
  );
}

/** One page of a customer's domains in host order, for its detail page. */
export async function listDomainsPage(
  db: Executor,
  input: DomainFilter & { page: number; pageSize: number },
) {
  return db
    .select({ id: domains.id, ...domainCsvSelection })
    .from(domains)
    .where(domainWhere(input))
    .orderBy(asc(domains.host))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
}

/** How many of a customer's domains match a host search. */
export async function countDomains(db: Executor, filter: DomainFilter) {
  const [row] = await db.select({ n: count() }).from(domains).where(domainWhere(filter));
  return row.n;
}
