import { domains } from '@/db/schema';
import { listCustomers, type CustomerSort } from '@/db/queries/customers';
import { listUsers } from '@/db/queries/users';

import { countingDb } from '../support/counting';
import { useTestDatabase } from '../support/db';
import { domainValues, makeCustomer, makeUser } from '../support/fixtures';

const t = useTestDatabase();
const all = { kind: 'all' } as const;

let ids: Record<string, number> = {};

beforeAll(async () => {
  const alpha = await makeCustomer(t.db, { name: 'Alpha Hosting' });
  const beta = await makeCustomer(t.db, { name: 'beta Media', parentId: alpha.id });
  const gamma = await makeCustomer(t.db, { name: 'Gamma 100% Pure', parentId: alpha.id });
  const delta = await makeCustomer(t.db, { name: 'Delta_Under', parentId: beta.id });
  const epsilon = await makeCustomer(t.db, { name: 'Epsilon \\ Slash' });
  const zeta = await makeCustomer(t.db, { name: 'Zêta Ünïcode 東京' });
  ids = { alpha: alpha.id, beta: beta.id, gamma: gamma.id, delta: delta.id, epsilon: epsilon.id, zeta: zeta.id };
  await t.db.insert(domains).values([
    domainValues(beta.id, 'www.beta-media.test'),
    domainValues(beta.id, 'cdn.beta-media.test'),
    domainValues(beta.id, 'shop.beta-media.test'),
    domainValues(gamma.id, 'www.gamma.test'),
    domainValues(zeta.id, 'xn--1lqs71d.test'),
  ]);
  await makeUser(t.db, { role: 'customer', customerId: beta.id, fullName: 'Bea Beta' });
  await makeUser(t.db, { role: 'customer', customerId: beta.id, fullName: 'Ben Beta' });
  await makeUser(t.db, { role: 'customer', customerId: delta.id, fullName: 'Dee Delta' });
  await makeUser(t.db, { role: 'admin', fullName: 'Ada Admin' });
});

const list = (input: { q?: string; sort?: CustomerSort; page?: number; pageSize?: number; rootId?: number }) =>
  listCustomers(t.db, {
    scope: input.rootId ? { kind: 'subtree', rootId: input.rootId } : all,
    q: input.q,
    sort: input.sort ?? 'name',
    page: input.page ?? 1,
    pageSize: input.pageSize ?? 25,
  });

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('listCustomers', () => {
  it('shows each customer with its parent and its counts', async () => {
    const { rows, total } = await list({});
    expect(total).toBe(6);
    const beta = rows.find((row) => row.id === ids.beta);
    expect(beta).toMatchObject({ parentName: 'Alpha Hosting', domainCount: 3, userCount: 2 });
    expect(rows.find((row) => row.id === ids.alpha)).toMatchObject({
      parentName: null,
      domainCount: 0,
      userCount: 0,
    });
  });

  it('sorts by name without regard to case, both ways', async () => {
    expect(names((await list({ sort: 'name' })).rows)).toEqual([
      'Alpha Hosting',
      'beta Media',
      'Delta_Under',
      'Epsilon \\ Slash',
      'Gamma 100% Pure',
      'Zêta Ünïcode 東京',
    ]);
    expect(names((await list({ sort: '-name' })).rows)[0]).toBe('Zêta Ünïcode 東京');
  });

  it('sorts by domain count and by parent', async () => {
    // Ties keep a stable order: the newer customer first when descending.
    expect(names((await list({ sort: '-domains' })).rows).slice(0, 3)).toEqual([
      'beta Media',
      'Zêta Ünïcode 東京',
      'Gamma 100% Pure',
    ]);
    const byParent = (await list({ sort: 'parent' })).rows.map((row) => row.parentName);
    expect(byParent).toEqual([null, null, null, 'Alpha Hosting', 'Alpha Hosting', 'beta Media']);
  });

  it('finds customers by part of the name, case-insensitively', async () => {
    expect(names((await list({ q: 'MEDIA' })).rows)).toEqual(['beta Media']);
    expect(names((await list({ q: 'ünï' })).rows)).toEqual(['Zêta Ünïcode 東京']);
  });

  it('finds the owner of a host, exactly or by part', async () => {
    expect(names((await list({ q: 'www.beta-media.test' })).rows)).toEqual(['beta Media']);
    expect(names((await list({ q: 'gamma.te' })).rows)).toEqual(['Gamma 100% Pure']);
    expect(names((await list({ q: 'WWW.' })).rows)).toEqual(['beta Media', 'Gamma 100% Pure']);
  });

  it('finds an IDN host by its Unicode form', async () => {
    expect(names((await list({ q: '東京.test' })).rows)).toEqual(['Zêta Ünïcode 東京']);
  });

  it('treats %, _ and \\ in the search as plain text', async () => {
    expect(names((await list({ q: '%' })).rows)).toEqual(['Gamma 100% Pure']);
    expect(names((await list({ q: '_' })).rows)).toEqual(['Delta_Under']);
    expect(names((await list({ q: '\\' })).rows)).toEqual(['Epsilon \\ Slash']);
    expect((await list({ q: 'a_p' })).total).toBe(0);
  });

  it('pages through the results', async () => {
    const first = await list({ pageSize: 4, page: 1 });
    const second = await list({ pageSize: 4, page: 2 });
    expect(first.total).toBe(6);
    expect(names(first.rows)).toHaveLength(4);
    expect(names(second.rows)).toEqual(['Gamma 100% Pure', 'Zêta Ünïcode 東京']);
  });

  it('limits a customer user to its subtree', async () => {
    const { rows, total } = await list({ rootId: ids.beta });
    expect(total).toBe(2);
    expect(names(rows)).toEqual(['beta Media', 'Delta_Under']);
    expect((await list({ rootId: ids.beta, q: 'gamma' })).total).toBe(0);
  });

  it('runs the same number of statements whatever the page size', async () => {
    const counting = await countingDb(t.connection);
    const cases = [
      // The whole list reads its kept total beside the page.
      { scope: all, q: undefined, statements: 2, total: 6 },
      // A search or a subtree counts its matches within the page's statement.
      { scope: all, q: 'e', statements: 1, total: 5 },
      { scope: { kind: 'subtree', rootId: ids.alpha } as const, q: undefined, statements: 1, total: 4 },
      { scope: { kind: 'subtree', rootId: ids.alpha } as const, q: 'ta', statements: 1, total: 2 },
    ];
    for (const { scope, q, statements, total } of cases) {
      for (const pageSize of [1, 5, 100]) {
        counting.statements.length = 0;
        const found = await listCustomers(counting.db, { scope, q, sort: 'name', page: 1, pageSize });
        expect(found.rows.length).toBe(Math.min(pageSize, total));
        expect(found.total).toBe(total);
        expect(counting.statements).toHaveLength(statements);
      }
    }
  });

  it('still knows the total on a page past the end', async () => {
    const counting = await countingDb(t.connection);
    for (const [q, total] of [['e', 5], ['beta', 1], ['nothing matches this', 0]] as const) {
      counting.statements.length = 0;
      const past = await listCustomers(counting.db, { scope: all, q, sort: '-created', page: 9, pageSize: 4 });
      expect(past).toEqual({ rows: [], total });
      expect(counting.statements).toHaveLength(2);
    }
    const subtree = await listCustomers(t.db, {
      scope: { kind: 'subtree', rootId: ids.beta },
      sort: 'domains',
      page: 3,
      pageSize: 1,
    });
    expect(subtree).toEqual({ rows: [], total: 2 });
    expect((await listCustomers(t.db, { scope: all, q: 'zzz', sort: 'name', page: 1, pageSize: 4 })).total).toBe(0);
  });

  it('counts every match of a search, not only the page', async () => {
    const [first, second] = await Promise.all([
      list({ q: 'e', pageSize: 2, page: 1 }),
      list({ q: 'e', pageSize: 2, page: 3, sort: '-parent' }),
    ]);
    expect(first.total).toBe(5);
    expect(first.rows).toHaveLength(2);
    expect(second.total).toBe(5);
    expect(second.rows).toHaveLength(1);
  });
});

describe('listUsers', () => {
  it('lists users with their customer, searchable and scoped', async () => {
    const everyone = await listUsers(t.db, { scope: all, page: 1, pageSize: 25 });
    expect(everyone.total).toBe(4);
    expect(everyone.rows.find((row) => row.fullName === 'Dee Delta')).toMatchObject({
      customerName: 'Delta_Under',
      role: 'customer',
    });
    const found = await listUsers(t.db, { scope: all, q: 'beta', page: 1, pageSize: 25 });
    expect(found.rows.map((row) => row.fullName)).toEqual(['Bea Beta', 'Ben Beta']);
    const scoped = await listUsers(t.db, {
      scope: { kind: 'subtree', rootId: ids.beta },
      page: 1,
      pageSize: 25,
    });
    expect(scoped.rows.map((row) => row.fullName)).toEqual(['Bea Beta', 'Ben Beta', 'Dee Delta']);
  });
});
