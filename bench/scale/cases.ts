import type { Connection } from '@/db';
import { CUSTOMER_SORTS } from '@/db/queries/customers';
import { getActorById } from '@/db/queries/users';
import type { Actor } from '@/lib/authz';
import { findVisibleCustomer } from '@/lib/customers';
import { domainsCsvChunks } from '@/lib/domains-csv';
import { readListParams } from '@/lib/list-params';
import { loadCustomerDetail, loadCustomerList, loadUserList } from '@/lib/page-data';

import type { Fixtures } from './data';

export type Who = 'admin' | 'customer';

export type Case = {
  page: string;
  who: Who;
  path: string;
  /** Everything the page reads from the database, as the page reads it. */
  load(connection: Connection): Promise<void>;
};

/** What getActor() does on every request: re-read the signed-in user. */
async function actorOf(connection: Connection, userId: number): Promise<Actor> {
  const row = await getActorById(connection.db, userId);
  if (!row || row.disabled) throw new Error(`user ${userId} cannot sign in`);
  const { disabled: _disabled, ...actor } = row;
  return actor;
}

function customerList(raw: Record<string, string>) {
  const params = readListParams(raw, CUSTOMER_SORTS, 'name');
  return async (connection: Connection, actor: Actor) => {
    await loadCustomerList(connection.db, actor, params);
  };
}

export function benchCases(fx: Fixtures): Case[] {
  const pages: Array<{
    page: string;
    path: (who: Who) => string;
    load: (who: Who) => (connection: Connection, actor: Actor) => Promise<void>;
  }> = [
    {
      page: 'List Customer p1 (name)',
      path: () => '/customers',
      load: () => customerList({}),
    },
    {
      page: `name search "${fx.nameTerm}"`,
      path: () => `/customers?q=${encodeURIComponent(fx.nameTerm)}`,
      load: () => customerList({ q: fx.nameTerm }),
    },
    {
      page: 'owner-of-host search',
      path: () => `/customers?q=${encodeURIComponent(fx.host)}`,
      load: () => customerList({ q: fx.host }),
    },
    {
      page: 'deep page',
      path: (who) => `/customers?page=${who === 'admin' ? fx.deepPageAdmin : fx.deepPageReseller}`,
      load: (who) =>
        customerList({ page: String(who === 'admin' ? fx.deepPageAdmin : fx.deepPageReseller) }),
    },
    {
      page: 'List User',
      path: () => '/users',
      load: () => async (connection, actor) => {
        await loadUserList(connection.db, actor, readListParams({}, ['name'], 'name'));
      },
    },
    {
      page: 'customer detail',
      path: () => `/customers/${fx.reseller.customerId}`,
      load: () => async (connection, actor) => {
        await loadCustomerDetail(connection.db, actor, fx.reseller.customerId, 1);
      },
    },
    {
      page: 'CSV, 10,000 domains',
      path: () => `/customers/${fx.csvCustomer.id}/domains.csv`,
      load: () => async (connection, actor) => {
        const customer = await findVisibleCustomer(connection.db, actor, fx.csvCustomer.id);
        let bytes = 0;
        for await (const chunk of domainsCsvChunks(connection, customer)) bytes += chunk.length;
        if (bytes < fx.csvCustomer.domains * 50) throw new Error(`CSV only ${bytes} bytes`);
      },
    },
  ];
  const users: Array<[Who, number]> = [
    ['admin', fx.admin.id],
    ['customer', fx.reseller.id],
  ];
  return users.flatMap(([who, userId]) =>
    pages.map((p) => {
      const load = p.load(who);
      return {
        page: p.page,
        who,
        path: p.path(who),
        async load(connection: Connection) {
          await load(connection, await actorOf(connection, userId));
        },
      };
    }),
  );
}
