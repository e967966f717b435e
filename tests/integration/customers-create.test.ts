import { eq, sql } from 'drizzle-orm';

import { auditEvents, customers, users } from '@/db/schema';
import { checkNewCustomer, createCustomerWithUser } from '@/lib/customers';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/password';
import type { CustomerInfo, FirstUser } from '@/lib/validation';

import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer, makeUser } from '../support/fixtures';

const t = useTestDatabase();

const user = (email: string): FirstUser => ({
  fullName: 'First User',
  email,
  password: 'a sufficiently long one',
  confirmPassword: 'a sufficiently long one',
});

const info = (name: string, parentId: number | null = null): CustomerInfo => ({
  name,
  address: '1 Harbour Road\nSingapore',
  parentId,
});

async function counts() {
  const [c] = await t.db.select({ n: sql<number>`count(*)::int` }).from(customers);
  const [u] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [a] = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return { customers: c.n, users: u.n, audit: a.n };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { kind: error.kind, fields: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('createCustomerWithUser', () => {
  it('creates exactly one customer and one linked user, and audits both', async () => {
    const admin = await makeActor(t.db, 'admin');
    const before = await counts();
    const created = await createCustomerWithUser(t.db, admin, {
      customer: info('Harbour Logistics'),
      user: user('ops@harbour.test'),
    });
    expect(await counts()).toEqual({
      customers: before.customers + 1,
      users: before.users + 1,
      audit: before.audit + 2,
    });
    const [row] = await t.db.select().from(users).where(eq(users.email, 'ops@harbour.test'));
    expect(row).toMatchObject({ customerId: created.id, role: 'customer', fullName: 'First User' });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, 'a sufficiently long one')).toBe(true);
    const [customer] = await t.db.select().from(customers).where(eq(customers.id, created.id));
    expect(customer).toMatchObject({ name: 'Harbour Logistics', parentId: null, userCount: 1 });
  });

  it('creates neither when the email is taken, whatever its case', async () => {
    const admin = await makeActor(t.db, 'admin');
    await makeUser(t.db, { role: 'support', email: 'taken@example.test' });
    const before = await counts();
    expect(
      await failureOf(
        createCustomerWithUser(t.db, admin, {
          customer: info('Never Created'),
          user: user('TAKEN@example.test'.toLowerCase()),
        }),
      ),
    ).toEqual({ kind: 'invalid', fields: { email: ['A user with this email already exists.'] } });
    expect(await counts()).toEqual(before);
  });

  it('rolls the customer back when the user insert itself fails', async () => {
    const admin = await makeActor(t.db, 'admin');
    const before = await counts();
    // Too long for users.full_name: passes the service, fails in the database
    // after the customer row was written in the same transaction.
    await expect(
      createCustomerWithUser(t.db, admin, {
        customer: info('Rolled Back'),
        user: { ...user('rollback@example.test'), fullName: 'x'.repeat(300) },
      }),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const [{ n }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(customers)
      .where(eq(customers.name, 'Rolled Back'));
    expect(n).toBe(0);
  });

  it('refuses a name already used in another case, on step 1 and on save', async () => {
    const admin = await makeActor(t.db, 'admin');
    await makeCustomer(t.db, { name: 'Blue Ocean' });
    const expected = { kind: 'invalid', fields: { name: ['A customer with this name already exists.'] } };
    expect(await failureOf(checkNewCustomer(t.db, admin, info('BLUE ocean')))).toEqual(expected);
    const before = await counts();
    expect(
      await failureOf(
        createCustomerWithUser(t.db, admin, { customer: info('blue OCEAN'), user: user('b@o.test') }),
      ),
    ).toEqual(expected);
    expect(await counts()).toEqual(before);
  });

  it('creates one customer from two identical submissions at once', async () => {
    const admin = await makeActor(t.db, 'admin');
    const submit = () =>
      createCustomerWithUser(t.db, admin, {
        customer: info('Twice Clicked'),
        user: user('twice@example.test'),
      });
    const results = await Promise.allSettled([submit(), submit()]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [{ n }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(customers)
      .where(sql`lower(name) = 'twice clicked'`);
    expect(n).toBe(1);
    const [{ u }] = await t.db
      .select({ u: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.email, 'twice@example.test'));
    expect(u).toBe(1);
  });

  describe('as a customer user', () => {
    it('places new accounts only inside its own subtree', async () => {
      const own = await makeCustomer(t.db, { name: 'Reseller One' });
      const child = await makeCustomer(t.db, { parentId: own.id });
      const stranger = await makeCustomer(t.db, { name: 'Someone Else' });
      const actor = await makeActor(t.db, 'customer', own.id);
      const before = await counts();
      for (const parentId of [stranger.id, null, 999_999]) {
        expect(
          await failureOf(
            createCustomerWithUser(t.db, actor, {
              customer: info(`Escape ${parentId}`, parentId),
              user: user(`escape${parentId}@example.test`),
            }),
          ),
        ).toEqual({
          kind: 'invalid',
          fields: {
            parentId: [parentId === null ? 'Choose the parent account.' : 'Choose a parent account from the list.'],
          },
        });
      }
      expect(await counts()).toEqual(before);
      const created = await createCustomerWithUser(t.db, actor, {
        customer: info('Grandchild Shop', child.id),
        user: user('shop@example.test'),
      });
      const [row] = await t.db.select().from(customers).where(eq(customers.id, created.id));
      expect(row.ancestors).toEqual([own.id, child.id, created.id]);
    });
  });

  it('is refused to support users, writing nothing', async () => {
    const support = await makeActor(t.db, 'support');
    const before = await counts();
    expect(
      await failureOf(
        createCustomerWithUser(t.db, support, { customer: info('Nope'), user: user('nope@x.test') }),
      ),
    ).toEqual({ kind: 'forbidden', fields: {} });
    expect(await counts()).toEqual(before);
  });

  it('refuses a parent at the depth limit', async () => {
    const admin = await makeActor(t.db, 'admin');
    let parentId: number | null = null;
    for (let level = 1; level <= 8; level++) {
      parentId = (await makeCustomer(t.db, { parentId })).id;
    }
    expect(
      await failureOf(
        createCustomerWithUser(t.db, admin, { customer: info('Too Deep', parentId), user: user('deep@x.test') }),
      ),
    ).toEqual({ kind: 'invalid', fields: { parentId: ['Accounts can be nested at most 8 levels deep.'] } });
  });
});

