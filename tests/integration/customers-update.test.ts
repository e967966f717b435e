import { eq, sql } from 'drizzle-orm';

import { auditEvents, domains, users } from '@/db/schema';
import { domainsCsvResponse } from '@/lib/csv-response';
import { deleteCustomer, previewDelete, updateCustomer } from '@/lib/customers';
import { AppError } from '@/lib/errors';

import { parseBody } from '../support/csv';
import { useTestDatabase } from '../support/db';
import { customerRow, makeActor, makeCustomer, makeDomain, makeUser } from '../support/fixtures';
import { treeMismatches } from '../support/tree';

const t = useTestDatabase();

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { kind: error.kind, message: error.message, fields: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

const edit = (row: { name: string; address: string; parentId: number | null; version: number }, change = {}) => ({
  name: row.name,
  address: row.address,
  parentId: row.parentId,
  version: row.version,
  ...change,
});

describe('updateCustomer', () => {
  it('applies name, address and parent, and bumps the version', async () => {
    const admin = await makeActor(t.db, 'admin');
    const parent = await makeCustomer(t.db);
    const customer = await makeCustomer(t.db, { name: 'Old Name' });
    await updateCustomer(t.db, admin, customer.id, edit(customer, { name: 'New Name', address: 'New\nAddress', parentId: parent.id }));
    expect(await customerRow(t.db, customer.id)).toMatchObject({
      name: 'New Name',
      address: 'New\nAddress',
      parentId: parent.id,
      ancestors: [parent.id, customer.id],
      version: 2,
    });
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, customer.id));
    expect(audit).toMatchObject({
      action: 'customer.update',
      actorId: admin.id,
      before: { name: 'Old Name', address: '1 Test Street', parentId: null },
      after: { name: 'New Name', address: 'New\nAddress', parentId: parent.id },
    });
  });

  it('refuses the customer itself, a child or a grandchild as parent, changing nothing', async () => {
    const admin = await makeActor(t.db, 'admin');
    const root = await makeCustomer(t.db);
    const child = await makeCustomer(t.db, { parentId: root.id });
    const grandchild = await makeCustomer(t.db, { parentId: child.id });
    for (const parentId of [root.id, child.id, grandchild.id]) {
      expect(await refusal(updateCustomer(t.db, admin, root.id, edit(root, { name: 'Renamed', parentId })))).toEqual({
        kind: 'invalid',
        message: 'Check the highlighted fields.',
        fields: { parentId: ['An account cannot be placed under itself or its sub-accounts.'] },
      });
    }
    expect(await customerRow(t.db, root.id)).toMatchObject({ name: root.name, parentId: null, version: 1 });
  });

  it('refuses a move that would push the subtree past the depth limit', async () => {
    const admin = await makeActor(t.db, 'admin');
    let deep: number | null = null;
    for (let level = 1; level <= 6; level++) deep = (await makeCustomer(t.db, { parentId: deep })).id;
    const top = await makeCustomer(t.db);
    const mid = await makeCustomer(t.db, { parentId: top.id });
    await makeCustomer(t.db, { parentId: mid.id });
    const result = await refusal(updateCustomer(t.db, admin, top.id, edit(top, { parentId: deep })));
    expect(result.fields.parentId?.[0]).toMatch(/at most 8 levels deep/);
    expect((await customerRow(t.db, top.id)).parentId).toBeNull();
  });

  it('refuses a stale version and overwrites nothing', async () => {
    const admin = await makeActor(t.db, 'admin');
    const customer = await makeCustomer(t.db, { name: 'Contested' });
    await updateCustomer(t.db, admin, customer.id, edit(customer, { name: 'First Save' }));
    const result = await refusal(updateCustomer(t.db, admin, customer.id, edit(customer, { name: 'Second Save' })));
    expect(result.kind).toBe('conflict');
    expect(result.message).toMatch(/Someone else saved this customer/);
    expect(await customerRow(t.db, customer.id)).toMatchObject({ name: 'First Save', version: 2 });
  });

  it('keeps the tree a tree when two moves would close a loop', async () => {
    const admin = await makeActor(t.db, 'admin');
    const a = await makeCustomer(t.db, { name: 'Loop A' });
    const b = await makeCustomer(t.db, { name: 'Loop B' });
    const results = await Promise.allSettled([
      updateCustomer(t.db, admin, a.id, edit(a, { parentId: b.id })),
      updateCustomer(t.db, admin, b.id, edit(b, { parentId: a.id })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).fieldErrors.parentId).toEqual([
      'An account cannot be placed under itself or its sub-accounts.',
    ]);
    const rows = [await customerRow(t.db, a.id), await customerRow(t.db, b.id)];
    expect(rows.filter((row) => row.parentId === null)).toHaveLength(1);
    expect(await treeMismatches(t.db)).toEqual([]);
  });

  it('moves a whole subtree and keeps every ancestors list exact', async () => {
    const admin = await makeActor(t.db, 'admin');
    const left = await makeCustomer(t.db);
    const right = await makeCustomer(t.db);
    const branch = await makeCustomer(t.db, { parentId: left.id });
    const leaf = await makeCustomer(t.db, { parentId: branch.id });
    const deeper = await makeCustomer(t.db, { parentId: leaf.id });
    await updateCustomer(t.db, admin, branch.id, edit(branch, { parentId: right.id }));
    expect((await customerRow(t.db, deeper.id)).ancestors).toEqual([right.id, branch.id, leaf.id, deeper.id]);
    await updateCustomer(t.db, admin, branch.id, edit(await customerRow(t.db, branch.id), { parentId: null }));
    expect((await customerRow(t.db, deeper.id)).ancestors).toEqual([branch.id, leaf.id, deeper.id]);
    expect(await treeMismatches(t.db)).toEqual([]);
  });
});

describe('a rename', () => {
  it('shows in the Customer Name column of the domain CSV', async () => {
    const admin = await makeActor(t.db, 'admin');
    const customer = await makeCustomer(t.db, { name: 'Before Rename GmbH' });
    await makeDomain(t.db, customer.id, 'www.renamed.example');
    await makeDomain(t.db, customer.id, 'api.renamed.example');
    await updateCustomer(t.db, admin, customer.id, edit(customer, { name: 'Après « Renommage », SA' }));
    const response = await domainsCsvResponse({
      connection: t.connection,
      actor: admin,
      rawId: String(customer.id),
      headers: new Headers(),
    });
    const rows = parseBody(Buffer.from(await response.arrayBuffer()));
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['api.renamed.example', 'Après « Renommage », SA'],
      ['www.renamed.example', 'Après « Renommage », SA'],
    ]);
  });
});

describe('deleteCustomer', () => {
  it('refuses a customer with sub-accounts, names them, and removes nothing', async () => {
    const admin = await makeActor(t.db, 'admin');
    const parent = await makeCustomer(t.db, { name: 'Has Children' });
    for (const name of ['Kid A', 'Kid B', 'Kid C', 'Kid D', 'Kid E', 'Kid F']) {
      await makeCustomer(t.db, { name, parentId: parent.id });
    }
    await makeDomain(t.db, parent.id, 'kept.example');
    const preview = await previewDelete(t.db, admin, parent.id);
    expect(preview.children).toEqual({ total: 6, names: ['Kid A', 'Kid B', 'Kid C', 'Kid D', 'Kid E'] });
    expect(await refusal(deleteCustomer(t.db, admin, parent.id))).toEqual({
      kind: 'conflict',
      message: 'Has Children still manages 6 sub-accounts (Kid A, Kid B, Kid C, Kid D, Kid E, and 1 more). Move or delete them first.',
      fields: {},
    });
    expect(await customerRow(t.db, parent.id)).toBeDefined();
    expect(await t.db.select().from(domains).where(eq(domains.customerId, parent.id))).toHaveLength(1);
  });

  it('removes a leaf with exactly its users and domains, and audits a snapshot', async () => {
    const admin = await makeActor(t.db, 'admin');
    const leaf = await makeCustomer(t.db, { name: 'Leaving Soon', address: 'Exit 1' });
    const neighbour = await makeCustomer(t.db);
    const member = await makeUser(t.db, { role: 'customer', customerId: leaf.id, email: 'leaving@example.test' });
    await makeUser(t.db, { role: 'customer', customerId: neighbour.id });
    await makeDomain(t.db, leaf.id, 'a.leaving.example');
    await makeDomain(t.db, leaf.id, 'b.leaving.example');
    await makeDomain(t.db, neighbour.id, 'stays.example');
    const counts = async () => {
      const [row] = await t.db
        .select({
          users: sql<number>`(select count(*) from users)::int`,
          domains: sql<number>`(select count(*) from domains)::int`,
        })
        .from(sql`(select 1) as one`);
      return row;
    };
    const before = await counts();
    const result = await deleteCustomer(t.db, admin, leaf.id);
    expect(result).toEqual({ id: leaf.id, name: 'Leaving Soon', users: 1, domains: 2 });
    expect(await counts()).toEqual({ users: before.users - 1, domains: before.domains - 2 });
    expect(await customerRow(t.db, leaf.id)).toBeUndefined();
    expect(await t.db.select().from(users).where(eq(users.id, member.id))).toEqual([]);
    const records = await t.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.customerId} = ${leaf.id} and ${auditEvents.action} = 'customer.delete'`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      actorId: admin.id,
      before: {
        name: 'Leaving Soon',
        address: 'Exit 1',
        parentId: null,
        domainCount: 2,
        users: [{ id: member.id, email: 'leaving@example.test', role: 'customer' }],
      },
    });
  });

  it('is refused for a customer already gone', async () => {
    const admin = await makeActor(t.db, 'admin');
    const gone = await makeCustomer(t.db);
    await deleteCustomer(t.db, admin, gone.id);
    expect((await refusal(deleteCustomer(t.db, admin, gone.id))).kind).toBe('not_found');
  });
});

