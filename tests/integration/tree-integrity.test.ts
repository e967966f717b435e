import { eq, sql } from 'drizzle-orm';

import { customers } from '@/db/schema';
import type { Actor } from '@/lib/authz';
import { deleteCustomer, updateCustomer } from '@/lib/customers';
import { AppError } from '@/lib/errors';
import { MAX_TREE_DEPTH } from '@/lib/validation';

import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer } from '../support/fixtures';
import { treeMismatches } from '../support/tree';

const t = useTestDatabase();
let admin: Actor;

/** mulberry32: the same "random" moves on every run and both databases. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function row(id: number) {
  const [found] = await t.db.select().from(customers).where(eq(customers.id, id));
  return found;
}

async function move(id: number, parentId: number | null) {
  const current = await row(id);
  return updateCustomer(t.db, admin, id, {
    name: current.name,
    address: current.address,
    parentId,
    version: current.version,
  });
}

/** Customers a walk down from the roots never reaches: those in a cycle. */
async function unreachable() {
  const result = await t.db.execute<{ n: number }>(sql`
    with recursive walk(id) as (
      select id from customers where parent_id is null
      union
      select c.id from customers c join walk w on c.parent_id = w.id
    )
    select count(*)::integer as n from customers where id not in (select id from walk)`);
  const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
  return Number(rows[0].n);
}

async function expectExactTree() {
  expect(await treeMismatches(t.db)).toEqual([]);
  expect(await unreachable()).toBe(0);
  const [{ deepest }] = await t.db
    .select({ deepest: sql<number>`max(cardinality(${customers.ancestors}))::integer` })
    .from(customers);
  expect(deepest).toBeLessThanOrEqual(MAX_TREE_DEPTH);
  // The unfiltered list's total (kept by statement triggers) stays exact too.
  const [{ kept, counted }] = await t.db
    .select({
      kept: sql<number>`(select customers from list_totals)::integer`,
      counted: sql<number>`count(*)::integer`,
    })
    .from(customers);
  expect(kept).toBe(counted);
}

/** A rejected change is an AppError with a message for the user, nothing else. */
function expectRefusal(result: PromiseSettledResult<unknown>) {
  if (result.status === 'fulfilled') return;
  expect(result.reason).toBeInstanceOf(AppError);
  expect(['invalid', 'conflict']).toContain((result.reason as AppError).kind);
}

let ids: number[] = [];

beforeAll(async () => {
  admin = await makeActor(t.db, 'admin');
  // Three roots with a few levels below each: 30 customers.
  const random = prng(11);
  for (let i = 0; i < 30; i++) {
    const parentId = i < 3 ? null : ids[Math.floor(random() * ids.length)];
    const depth = parentId === null ? 0 : (await row(parentId)).ancestors.length;
    const created = await makeCustomer(t.db, {
      name: `Tree ${String(i).padStart(2, '0')}`,
      parentId: depth >= 4 ? ids[0] : parentId,
    });
    ids.push(created.id);
  }
});

describe('customer tree (ancestors kept by triggers)', () => {
  it('starts exact', async () => {
    expect(ids).toHaveLength(30);
    await expectExactTree();
  });

  it('moves a subtree and rewrites the ancestors of everything below it', async () => {
    const top = await makeCustomer(t.db, { name: 'Move top' });
    const mid = await makeCustomer(t.db, { name: 'Move mid', parentId: top.id });
    const leaf = await makeCustomer(t.db, { name: 'Move leaf', parentId: mid.id });
    const target = await makeCustomer(t.db, { name: 'Move target', parentId: ids[1] });
    await move(mid.id, target.id);
    expect((await row(leaf.id)).ancestors).toEqual([ids[1], target.id, mid.id, leaf.id]);
    await expectExactTree();
    await move(mid.id, null);
    expect((await row(leaf.id)).ancestors).toEqual([mid.id, leaf.id]);
    await expectExactTree();
  });

  it('refuses to put a customer under itself or its descendants, changing nothing', async () => {
    const a = await makeCustomer(t.db, { name: 'Cycle a' });
    const b = await makeCustomer(t.db, { name: 'Cycle b', parentId: a.id });
    const c = await makeCustomer(t.db, { name: 'Cycle c', parentId: b.id });
    await expect(move(a.id, c.id)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(move(a.id, a.id)).rejects.toMatchObject({ kind: 'invalid' });
    expect((await row(a.id)).parentId).toBeNull();
    expect((await row(c.id)).ancestors).toEqual([a.id, b.id, c.id]);
    await expectExactTree();
  });

  it('deletes leaves, refuses parents, and stays exact', async () => {
    const parent = await makeCustomer(t.db, { name: 'Delete parent' });
    const child = await makeCustomer(t.db, { name: 'Delete child', parentId: parent.id });
    await expect(deleteCustomer(t.db, admin, parent.id)).rejects.toMatchObject({ kind: 'conflict' });
    expect(await row(parent.id)).toBeDefined();
    await deleteCustomer(t.db, admin, child.id);
    expect(await row(child.id)).toBeUndefined();
    await expectExactTree();
    await deleteCustomer(t.db, admin, parent.id);
    expect(await row(parent.id)).toBeUndefined();
    await expectExactTree();
  });

  it('stays exact through 60 random moves, checked after each', async () => {
    const random = prng(20_251_204);
    let applied = 0;
    let refused = 0;
    for (let step = 0; step < 60; step++) {
      const id = ids[Math.floor(random() * ids.length)];
      const parentId = random() < 0.15 ? null : ids[Math.floor(random() * ids.length)];
      const [result] = await Promise.allSettled([move(id, parentId)]);
      if (result.status === 'fulfilled') applied++;
      else refused++;
      expectRefusal(result);
      await expectExactTree();
    }
    // The walk both moved things and hit cycles / the depth limit.
    expect(applied).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
    expect(applied + refused).toBe(60);
  });

  it('stays exact when moves and deletes run at the same time', async () => {
    const random = prng(7);
    for (let round = 0; round < 5; round++) {
      const batch = Array.from({ length: 8 }, () => {
        const id = ids[Math.floor(random() * ids.length)];
        const parentId = random() < 0.1 ? null : ids[Math.floor(random() * ids.length)];
        return move(id, parentId);
      });
      const settled = await Promise.allSettled(batch);
      settled.forEach(expectRefusal);
      await expectExactTree();
    }
    // Deleting leaves while their ancestors move.
    const leaves = await t.db
      .select({ id: customers.id })
      .from(customers)
      .where(sql`not exists (select 1 from customers c where c.parent_id = ${customers.id})
        and ${customers.id} = any(${sql.raw(`array[${ids.join(',')}]`)}::integer[])`);
    const victims = leaves.slice(0, 3).map((leaf) => leaf.id);
    const movers = ids.filter((id) => !victims.includes(id)).slice(0, 4);
    const settled = await Promise.allSettled([
      ...victims.map((id) => deleteCustomer(t.db, admin, id)),
      ...movers.map((id, i) => move(id, i % 2 ? null : movers[(i + 1) % movers.length])),
    ]);
    settled.forEach(expectRefusal);
    for (const id of victims) expect(await row(id)).toBeUndefined();
    ids = ids.filter((id) => !victims.includes(id));
    await expectExactTree();
  });

  it('lets only one of two crossing moves win (a under b, b under a)', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await makeCustomer(t.db, { name: `Cross a${round}` });
      const b = await makeCustomer(t.db, { name: `Cross b${round}` });
      const settled = await Promise.allSettled([move(a.id, b.id), move(b.id, a.id)]);
      settled.forEach(expectRefusal);
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      await expectExactTree();
    }
  });

  it('lets the trigger refuse crossing moves that bypass the app', async () => {
    const a = await makeCustomer(t.db, { name: 'Raw a' });
    const b = await makeCustomer(t.db, { name: 'Raw b' });
    const settled = await Promise.allSettled([
      t.db.update(customers).set({ parentId: b.id }).where(eq(customers.id, a.id)),
      t.db.update(customers).set({ parentId: a.id }).where(eq(customers.id, b.id)),
    ]);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    await expectExactTree();
  });
});
