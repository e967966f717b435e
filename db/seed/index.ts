import { hashPassword } from '@/lib/password';
import { log } from '@/lib/log';

import type { Connection } from '..';
import { planCustomers, type SeedCustomer } from './customers';
import { domainCounts, generateDomains, type SeedDomain } from './domains';
import { withIndexesDeferred } from './indexes';
import { copyArray, copyField, inTransaction, type Target } from './target';
import {
  DEMO_USERS,
  GENERATED_USER_PASSWORD,
  generateUsers,
  type DemoUser,
} from './users';

export type SeedOptions = {
  customers: number;
  domains: number;
  seed: number;
  levels: number;
  /** Empty every table first; without it a database with data is refused. */
  reset: boolean;
};

export type SeedSummary = {
  customers: number;
  users: number;
  domains: number;
  depth: number;
  reseller: { id: number; name: string; subAccounts: number };
  demoUsers: readonly DemoUser[];
  generatedUserPassword: string;
  ms: number;
};

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError';
}

const TABLES = ['customers', 'users', 'domains'];

const DOMAIN_COLUMNS = [
  'customer_id', 'host', 'http_ports', 'scheme', 'origin_host', 'origin_port',
  'cache_mode', 'cache_ttl_seconds', 'redirect_mode', 'cert_expires_on',
  'tls_protocols', 'waf_mode',
];

function stopwatch() {
  const started = performance.now();
  let last = started;
  return {
    step(step: string, rows?: number) {
      const now = performance.now();
      log.info('seed.step', { step, rows, ms: Math.round(now - last) });
      last = now;
    },
    total: () => Math.round(performance.now() - started),
  };
}

async function prepare(target: Target, reset: boolean) {
  if (reset) {
    await target.query(
      'truncate table domains, users, customers, audit_events, ' +
        'login_throttle restart identity cascade',
    );
    return;
  }
  const [found] = await target.query<{ customers: number; users: number }>(
    'select (select count(*) from customers)::integer as customers, ' +
      '(select count(*) from users)::integer as users',
  );
  if (found.customers > 0 || found.users > 0) {
    throw new SeedRefusedError(
      `The database already has ${found.customers} customers and ` +
        `${found.users} users; run with --reset to replace everything.`,
    );
  }
}

const line = (values: Array<string | number | boolean | null>) =>
  values
    .map((value) =>
      typeof value === 'boolean' ? (value ? 't' : 'f') : copyField(value),
    )
    .join('\t') + '\n';

/**
 * Level by level, so each parent exists before its children; the tree
 * trigger fills `ancestors`, which tells each level's new ids apart.
 */
async function insertCustomers(target: Target, plan: readonly SeedCustomer[]) {
  const ids: number[] = new Array(plan.length);
  const maxLevel = plan.reduce((max, c) => Math.max(max, c.level), 0);
  for (let level = 1; level <= maxLevel; level++) {
    const rows = plan.filter((c) => c.level === level);
    await target.copy(
      'customers',
      ['name', 'address', 'parent_id'],
      rows.map((c) =>
        line([
          c.name,
          c.address,
          c.parentIndex === null ? null : ids[c.parentIndex],
        ]),
      ),
    );
    const inserted = await target.query<{ id: number; name: string }>(
      'select id, name from customers where cardinality(ancestors) = $1',
      [level],
    );
    const byName = new Map(inserted.map((row) => [row.name, row.id]));
    for (const c of rows) ids[c.index] = byName.get(c.name) as number;
  }
  return ids;
}

const USER_COLUMNS = [
  'full_name', 'email', 'password_hash', 'role', 'customer_id', 'disabled',
];

async function insertUsers(
  target: Target,
  input: { plan: readonly SeedCustomer[]; ids: number[]; seed: number },
) {
  const [shared, ...demoHashes] = await Promise.all([
    hashPassword(GENERATED_USER_PASSWORD),
    ...DEMO_USERS.map((user) => hashPassword(user.password)),
  ]);
  const demo = DEMO_USERS.map((user, i) =>
    line([
      user.fullName,
      user.email,
      demoHashes[i],
      user.role,
      user.customerIndex === null ? null : input.ids[user.customerIndex],
      false,
    ]),
  );
  let count = demo.length;
  function* generated() {
    for (const user of generateUsers(input.plan, input.seed)) {
      count++;
      yield line([
        user.fullName,
        user.email,
        shared,
        'customer',
        input.ids[user.customerIndex],
        user.disabled,
      ]);
    }
  }
  await target.copy('users', USER_COLUMNS, demo);
  await target.copy('users', USER_COLUMNS, generated());
  return count;
}

function domainLine(domain: SeedDomain, customerId: number): string {
  return (
    [
      customerId,
      domain.host,
      copyArray(domain.httpPorts),
      domain.scheme,
      copyField(domain.originHost),
      domain.originPort,
      domain.cacheMode,
      copyField(domain.cacheTtlSeconds),
      domain.redirectMode,
      copyField(domain.certExpiresOn),
      copyArray(domain.tlsProtocols),
      domain.wafMode,
    ].join('\t') + '\n'
  );
}

function* domainLines(
  domains: Iterable<SeedDomain>,
  ids: readonly number[],
  counter: { rows: number },
): Generator<string> {
  for (const domain of domains) {
    counter.rows++;
    yield domainLine(domain, ids[domain.customerIndex]);
  }
}

async function describeReseller(target: Target, id: number) {
  const [row] = await target.query<{ name: string; below: number }>(
    `select name, (select count(*) from customers d
       where d.ancestors @> array[c.id] and d.id <> c.id)::integer as below
     from customers c where id = $1`,
    [id],
  );
  return { id, name: row.name, subAccounts: row.below };
}

async function load(
  target: Target,
  input: {
    plan: readonly SeedCustomer[];
    counts: readonly number[];
    seed: number;
    watch: ReturnType<typeof stopwatch>;
  },
) {
  const { plan, watch } = input;
  const ids = await insertCustomers(target, plan);
  watch.step('customers', ids.length);
  const users = await insertUsers(target, { plan, ids, seed: input.seed });
  watch.step('users', users);
  const counter = { rows: 0 };
  const domains = generateDomains(plan, input.counts, input.seed);
  await target.copy('domains', DOMAIN_COLUMNS, domainLines(domains, ids, counter));
  watch.step('domains', counter.rows);
  const reseller = await describeReseller(target, ids[0]);
  return { users, domains: counter.rows, reseller };
}

export async function seedDatabase(
  connection: Connection,
  options: SeedOptions,
): Promise<SeedSummary> {
  const watch = stopwatch();
  const plan = planCustomers(options);
  const counts = domainCounts(plan.length, options.domains, options.seed);
  watch.step('plan', plan.length);
  const loaded = await inTransaction(connection, async (target) => {
    await prepare(target, options.reset);
    const result = await withIndexesDeferred(target, TABLES, () =>
      load(target, { plan, counts, seed: options.seed, watch }),
    );
    watch.step('indexes');
    return result;
  });
  // Fresh statistics, or the first list pages plan as if tables were empty.
  await (connection.kind === 'postgres'
    ? connection.client.unsafe('analyze customers, users, domains')
    : connection.client.exec('analyze customers, users, domains'));
  watch.step('analyze');
  return {
    customers: plan.length,
    users: loaded.users,
    domains: loaded.domains,
    depth: plan.reduce((max, c) => Math.max(max, c.level), 0),
    reseller: loaded.reseller,
    demoUsers: DEMO_USERS,
    generatedUserPassword: GENERATED_USER_PASSWORD,
    ms: watch.total(),
  };
}
