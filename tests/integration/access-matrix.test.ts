import { listCustomers } from '@/db/queries/customers';
import { scopeOf, type Actor } from '@/lib/authz';
import {
  createCustomerWithUser,
  deleteCustomer,
  findVisibleCustomer,
  previewDelete,
  updateCustomer,
} from '@/lib/customers';
import { AppError } from '@/lib/errors';

import { useTestDatabase } from '../support/db';
import { customerRow, makeActor, makeCustomer } from '../support/fixtures';

const t = useTestDatabase();

/*
 * The tree:   provider ─ reseller (the customer user's own account)
 *                      │    └ sub ─ subsub
 *                      └ rival ─ rivalsub
 */
type Target = 'own' | 'sub' | 'subsub' | 'parent' | 'rival' | 'missing';
type Role = 'admin' | 'support' | 'customer';
let tree: Record<Exclude<Target, 'missing'>, number>;
const actors = {} as Record<Role, Actor>;
const MISSING = 2_000_000_000;

beforeEach(async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const parent = await makeCustomer(t.db, { name: `Provider ${suffix}` });
  const own = await makeCustomer(t.db, { name: `Reseller ${suffix}`, parentId: parent.id });
  const sub = await makeCustomer(t.db, { name: `Sub ${suffix}`, parentId: own.id });
  const subsub = await makeCustomer(t.db, { name: `Subsub ${suffix}`, parentId: sub.id });
  const rival = await makeCustomer(t.db, { name: `Rival ${suffix}`, parentId: parent.id });
  await makeCustomer(t.db, { name: `Rivalsub ${suffix}`, parentId: rival.id });
  tree = { own: own.id, sub: sub.id, subsub: subsub.id, parent: parent.id, rival: rival.id };
  actors.admin = await makeActor(t.db, 'admin');
  actors.support = await makeActor(t.db, 'support');
  actors.customer = await makeActor(t.db, 'customer', own.id);
});

const idOf = (target: Target) => (target === 'missing' ? MISSING : tree[target]);

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.kind;
    throw error;
  }
}

const targets: Target[] = ['own', 'sub', 'subsub', 'parent', 'rival', 'missing'];

const expected: Record<string, Record<Role, Record<Target, string>>> = {
  view: {
    admin: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'allowed', rival: 'allowed', missing: 'not_found' },
    support: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'allowed', rival: 'allowed', missing: 'not_found' },
    customer: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'not_found', rival: 'not_found', missing: 'not_found' },
  },
  edit: {
    admin: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'allowed', rival: 'allowed', missing: 'not_found' },
    support: { own: 'forbidden', sub: 'forbidden', subsub: 'forbidden', parent: 'forbidden', rival: 'forbidden', missing: 'not_found' },
    customer: { own: 'forbidden', sub: 'allowed', subsub: 'allowed', parent: 'not_found', rival: 'not_found', missing: 'not_found' },
  },
  deletePreview: {
    admin: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'allowed', rival: 'allowed', missing: 'not_found' },
    support: { own: 'forbidden', sub: 'forbidden', subsub: 'forbidden', parent: 'forbidden', rival: 'forbidden', missing: 'not_found' },
    customer: { own: 'forbidden', sub: 'allowed', subsub: 'allowed', parent: 'not_found', rival: 'not_found', missing: 'not_found' },
  },
  // Deleting anything but a leaf is refused as a conflict (it has children).
  delete: {
    admin: { own: 'conflict', sub: 'conflict', subsub: 'allowed', parent: 'conflict', rival: 'conflict', missing: 'not_found' },
    support: { own: 'forbidden', sub: 'forbidden', subsub: 'forbidden', parent: 'forbidden', rival: 'forbidden', missing: 'not_found' },
    customer: { own: 'forbidden', sub: 'conflict', subsub: 'allowed', parent: 'not_found', rival: 'not_found', missing: 'not_found' },
  },
  addUnder: {
    admin: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'allowed', rival: 'allowed', missing: 'invalid' },
    support: { own: 'forbidden', sub: 'forbidden', subsub: 'forbidden', parent: 'forbidden', rival: 'forbidden', missing: 'forbidden' },
    customer: { own: 'allowed', sub: 'allowed', subsub: 'allowed', parent: 'invalid', rival: 'invalid', missing: 'invalid' },
  },
};

let serial = 0;
const actions: Record<string, (actor: Actor, id: number) => Promise<unknown>> = {
  view: (actor, id) => findVisibleCustomer(t.db, actor, id),
  edit: async (actor, id) => {
    const row = await customerRow(t.db, id);
    return updateCustomer(t.db, actor, id, {
      name: `Edited ${++serial}`,
      address: 'Edited',
      parentId: row?.parentId ?? null,
      version: row?.version ?? 1,
    });
  },
  deletePreview: (actor, id) => previewDelete(t.db, actor, id),
  delete: (actor, id) => deleteCustomer(t.db, actor, id),
  addUnder: (actor, id) =>
    createCustomerWithUser(t.db, actor, {
      customer: { name: `Added ${++serial}`, address: 'Here', parentId: id },
      user: {
        fullName: 'New Person',
        email: `new${serial}@example.test`,
        password: 'long enough password',
        confirmPassword: 'long enough password',
      },
    }),
};

describe.each(Object.keys(expected))('%s', (action) => {
  describe.each(['admin', 'support', 'customer'] as Role[])('as %s', (role) => {
    it.each(targets)('on %s', async (target) => {
      const id = idOf(target);
      const before = await customerRow(t.db, id);
      const result = await outcome(() => actions[action](actors[role], id));
      expect(result).toBe(expected[action][role][target]);
      // A refusal changes nothing; only an allowed edit or delete changes the row.
      const changed = JSON.stringify(await customerRow(t.db, id)) !== JSON.stringify(before);
      expect(changed).toBe(result === 'allowed' && (action === 'edit' || action === 'delete'));
    });
  });
});

describe('lists', () => {
  it('show a customer user only its account and those below it', async () => {
    const { rows } = await listCustomers(t.db, {
      scope: scopeOf(actors.customer),
      sort: 'name',
      page: 1,
      pageSize: 100,
    });
    expect(rows.map((row) => row.id).sort()).toEqual([tree.own, tree.sub, tree.subsub].sort());
  });

  it('show staff everything', async () => {
    for (const role of ['admin', 'support'] as const) {
      const { rows } = await listCustomers(t.db, {
        scope: scopeOf(actors[role]),
        sort: 'name',
        page: 1,
        pageSize: 1000,
      });
      expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(Object.values(tree)));
    }
  });
});
