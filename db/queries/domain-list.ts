import { asc, eq } from 'drizzle-orm';

import type { Executor } from '..';
import { domains } from '../schema';

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

/** One page of a customer's domains in host order, for its detail page. */
export async function listDomainsPage(
  db: Executor,
  input: { customerId: number; page: number; pageSize: number },
) {
  return db
    .select({ id: domains.id, ...domainCsvSelection })
    .from(domains)
    .where(eq(domains.customerId, input.customerId))
    .orderBy(asc(domains.host))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
}
