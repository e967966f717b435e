import { sql } from 'drizzle-orm';

import { seedDatabase, SeedRefusedError, type SeedOptions } from '@/db/seed';
import { HOSTILE_CUSTOMERS, planCustomers } from '@/db/seed/customers';
import { domainCounts, generateDomains } from '@/db/seed/domains';
import { DEMO_USERS } from '@/db/seed/users';
import { verifyPassword } from '@/lib/password';

import { useTestDatabase } from '../support/db';

const t = useTestDatabase();

const small: SeedOptions = {
  customers: 60,
  domains: 600,
  seed: 7,
  levels: 4,
  reset: false,
};

async function rows<T>(query: ReturnType<typeof sql>) {
  const result = await t.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const names = () =>
  rows<{ name: string }>(sql`select name from customers order by id`).then(
    (r) => r.map((x) => x.name),
  );
const hosts = () =>
  rows<{ host: string }>(sql`select host from domains order by host`).then(
    (r) => r.map((x) => x.host),
  );
const indexCount = () =>
  rows<{ n: number }>(
    sql`select count(*)::integer as n from pg_indexes
        where tablename in ('customers', 'users', 'domains')`,
  ).then((r) => r[0].n);

describe('seeding', () => {
  let indexesBefore = 0;

  beforeAll(async () => {
    indexesBefore = await indexCount();
    await seedDatabase(t.connection, small);
  });

  it('creates the requested numbers of customers and domains', async () => {
    const [counts] = await rows<{ customers: number; domains: number; users: number }>(
      sql`select (select count(*) from customers)::integer as customers,
                 (select count(*) from domains)::integer as domains,
                 (select count(*) from users)::integer as users`,
    );
    expect(counts.customers).toBe(60);
    expect(counts.domains).toBe(600);
    // one or two per customer, plus the three demo users
    expect(counts.users).toBeGreaterThanOrEqual(63);
    expect(counts.users).toBeLessThanOrEqual(123);
  });

  it('writes exactly what the generator planned', async () => {
    const plan = planCustomers(small);
    const planned = [
      ...generateDomains(plan, domainCounts(60, 600, 7), 7),
    ].map((d) => d.host);
    expect(await names()).toEqual(plan.map((c) => c.name));
    expect(await hosts()).toEqual([...planned].sort());
  });

  it('builds a tree no deeper than asked, with parents before children', async () => {
    const [tree] = await rows<{ depth: number; roots: number; bad: number }>(
      sql`select max(cardinality(ancestors))::integer as depth,
                 count(*) filter (where parent_id is null)::integer as roots,
                 count(*) filter (where parent_id >= id)::integer as bad
          from customers`,
    );
    expect(tree.depth).toBe(4);
    expect(tree.roots).toBeGreaterThanOrEqual(1);
    expect(tree.bad).toBe(0);
  });

  it('leaves the counters equal to the real counts', async () => {
    const wrong = await rows<{ id: number }>(
      sql`select c.id from customers c
          where c.domain_count <>
                  (select count(*) from domains d where d.customer_id = c.id)
             or c.user_count <>
                  (select count(*) from users u where u.customer_id = c.id)`,
    );
    expect(wrong).toEqual([]);
    const [spread] = await rows<{ empty: number; max: number }>(
      sql`select count(*) filter (where domain_count = 0)::integer as empty,
                 max(domain_count)::integer as max from customers`,
    );
    expect(spread.empty).toBeGreaterThan(0);
    expect(spread.max).toBeGreaterThan(30);
  });

  it('stores the hostile names and multi-line addresses unchanged', async () => {
    const stored = await rows<{ name: string; address: string }>(
      sql`select name, address from customers`,
    );
    for (const { name, address } of HOSTILE_CUSTOMERS) {
      expect(stored).toContainEqual({ name, address });
    }
    expect(stored.every((c) => c.address.includes('\n'))).toBe(true);
  });

  it('stores hosts lower-case, IDN ones as punycode', async () => {
    const all = await hosts();
    expect(all.filter((h) => !/^[a-z0-9.-]+$/.test(h))).toEqual([]);
    const idn = all.filter((h) => h.split('.').some((l) => l.startsWith('xn--')));
    expect(idn.length).toBeGreaterThan(0);
  });

  it('creates a demo user of each role who can sign in', async () => {
    const demo = await rows<{
      email: string;
      role: string;
      password_hash: string;
      parent_id: number | null;
      below: number;
    }>(
      sql`select u.email, u.role, u.password_hash, c.parent_id,
                 (select count(*) from customers d
                  where d.ancestors @> array[c.id] and d.id <> c.id)::integer as below
          from users u left join customers c on c.id = u.customer_id
          where u.email like '%@example.com' order by u.id`,
    );
    expect(demo.map((u) => [u.email, u.role])).toEqual(
      DEMO_USERS.map((u) => [u.email, u.role]),
    );
    const reseller = demo[2];
    expect(reseller.parent_id).toBeNull();
    expect(reseller.below).toBeGreaterThan(0);
    expect(
      await verifyPassword(reseller.password_hash, 'reseller-demo-password'),
    ).toBe(true);
  });

  it('puts back every index it set aside for the load', async () => {
    expect(await indexCount()).toBe(indexesBefore);
  });

  it('refuses a database that has data, and changes nothing', async () => {
    const before = await hosts();
    await expect(seedDatabase(t.connection, { ...small, seed: 8 })).rejects.toThrow(
      SeedRefusedError,
    );
    expect(await hosts()).toEqual(before);
  });

  it('replaces everything on reset: the same seed gives the same data', async () => {
    const [beforeNames, beforeHosts] = [await names(), await hosts()];
    await seedDatabase(t.connection, { ...small, reset: true });
    expect(await names()).toEqual(beforeNames);
    expect(await hosts()).toEqual(beforeHosts);
    const [first] = await rows<{ id: number }>(
      sql`select min(id)::integer as id from customers`,
    );
    expect(first.id).toBe(1);
  });

  it('gives different data for a different seed', async () => {
    const [beforeNames, beforeHosts] = [await names(), await hosts()];
    const summary = await seedDatabase(t.connection, { ...small, seed: 8, reset: true });
    expect(summary).toMatchObject({ customers: 60, domains: 600 });
    expect(await names()).not.toEqual(beforeNames);
    expect(await hosts()).not.toEqual(beforeHosts);
  });
});
