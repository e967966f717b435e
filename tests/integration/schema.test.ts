import { eq, sql } from 'drizzle-orm';

import { customers, domains, users } from '@/db/schema';
import { violatedConstraint } from '@/lib/errors';

import { useTestDatabase } from '../support/db';
import {
  customerRow,
  makeCustomer,
  makeDomain,
  makeUser,
} from '../support/fixtures';

const t = useTestDatabase();

async function constraintOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return violatedConstraint(error);
  }
  throw new Error('expected the statement to fail');
}

describe('customers', () => {
  it('refuses a name that differs from another only in case', async () => {
    await makeCustomer(t.db, { name: 'Acme Networks' });
    expect(await constraintOf(makeCustomer(t.db, { name: 'ACME networks' }))).toBe(
      'customers_name_lower_key',
    );
    const [{ n }] = await t.db
      .select({ n: sql<number>`count(*)::integer` })
      .from(customers)
      .where(sql`lower(name) = 'acme networks'`);
    expect(n).toBe(1);
  });

  it('derives ancestors from the parent, root first', async () => {
    const root = await makeCustomer(t.db);
    const child = await makeCustomer(t.db, { parentId: root.id });
    const grandchild = await makeCustomer(t.db, { parentId: child.id });
    expect((await customerRow(t.db, grandchild.id)).ancestors).toEqual([
      root.id,
      child.id,
      grandchild.id,
    ]);
  });

  it('refuses a parent that is the customer itself or below it', async () => {
    const root = await makeCustomer(t.db);
    const child = await makeCustomer(t.db, { parentId: root.id });
    const update = (id: number, parentId: number) =>
      t.db.update(customers).set({ parentId }).where(eq(customers.id, id));
    expect(await constraintOf(update(root.id, child.id))).toBe('customers_parent_cycle');
    expect(await constraintOf(update(root.id, root.id))).toBe('customers_parent_cycle');
    expect((await customerRow(t.db, root.id)).parentId).toBeNull();
  });

  it('refuses a ninth level', async () => {
    let parentId: number | null = null;
    for (let level = 1; level <= 8; level++) {
      parentId = (await makeCustomer(t.db, { parentId })).id;
    }
    expect(await constraintOf(makeCustomer(t.db, { parentId }))).toBe(
      'customers_ancestors_check',
    );
  });

  it('keeps domain and user counts as rows come and go', async () => {
    const customer = await makeCustomer(t.db);
    const other = await makeCustomer(t.db);
    await t.db.insert(domains).values([
      (await import('../support/fixtures')).domainValues(customer.id, 'a.count.test'),
      (await import('../support/fixtures')).domainValues(customer.id, 'b.count.test'),
    ]);
    await makeUser(t.db, { role: 'customer', customerId: customer.id });
    await t.db
      .update(domains)
      .set({ customerId: other.id })
      .where(eq(domains.host, 'b.count.test'));
    expect(await customerRow(t.db, customer.id)).toMatchObject({
      domainCount: 1,
      userCount: 1,
    });
    expect((await customerRow(t.db, other.id)).domainCount).toBe(1);
    await t.db.delete(domains).where(eq(domains.customerId, customer.id));
    expect((await customerRow(t.db, customer.id)).domainCount).toBe(0);
  });
});

describe('users', () => {
  it('refuses an email that differs from another only in case', async () => {
    await makeUser(t.db, { role: 'admin', email: 'ops@example.test' });
    expect(
      await constraintOf(makeUser(t.db, { role: 'admin', email: 'OPS@Example.test' })),
    ).toBe('users_email_lower_key');
  });

  it('requires a customer exactly for customer users', async () => {
    const customer = await makeCustomer(t.db);
    expect(await constraintOf(makeUser(t.db, { role: 'customer' }))).toBe(
      'users_role_customer_check',
    );
    expect(
      await constraintOf(makeUser(t.db, { role: 'support', customerId: customer.id })),
    ).toBe('users_role_customer_check');
  });
});

describe('domains', () => {
  it('reads ports, protocols and expiry back exactly as written', async () => {
    const customer = await makeCustomer(t.db);
    const written = await makeDomain(t.db, customer.id, 'xn--caf-dma.example', {
      httpPorts: [8080, 80, 65535],
      tlsProtocols: ['TLSv1.3'],
      certExpiresOn: '2026-12-31',
    });
    const [read] = await t.db
      .select()
      .from(domains)
      .where(eq(domains.id, written.id));
    expect(read.httpPorts).toEqual([8080, 80, 65535]);
    expect(read.tlsProtocols).toEqual(['TLSv1.3']);
    expect(read.certExpiresOn).toBe('2026-12-31');
  });

  it('refuses upper-case hosts, duplicate hosts and impossible ports', async () => {
    const customer = await makeCustomer(t.db);
    await makeDomain(t.db, customer.id, 'dup.example');
    expect(await constraintOf(makeDomain(t.db, customer.id, 'Upper.example'))).toBe(
      'domains_host_lower_check',
    );
    expect(await constraintOf(makeDomain(t.db, customer.id, 'dup.example'))).toBe(
      'domains_host_key',
    );
    expect(
      await constraintOf(makeDomain(t.db, customer.id, 'port.example', { httpPorts: [0] })),
    ).toBe('domains_ports_check');
  });

  it('orders hosts byte by byte, whatever the database locale', async () => {
    const customer = await makeCustomer(t.db);
    for (const host of ['ab.order.test', 'a.order.test', 'a-b.order.test', 'a0.order.test']) {
      await makeDomain(t.db, customer.id, host);
    }
    const rows = await t.db
      .select({ host: domains.host })
      .from(domains)
      .where(eq(domains.customerId, customer.id))
      .orderBy(domains.host);
    expect(rows.map((row) => row.host)).toEqual([
      'a-b.order.test',
      'a.order.test',
      'a0.order.test',
      'ab.order.test',
    ]);
    const collation = await t.db.execute(sql`
      select collation_name from information_schema.columns
      where table_name = 'domains' and column_name = 'host'`);
    const [column] = Array.isArray(collation)
      ? collation
      : (collation as unknown as { rows: unknown[] }).rows;
    expect(column).toEqual({ collation_name: 'C' });
  });

  it('goes with its customer, and so do the users', async () => {
    const customer = await makeCustomer(t.db);
    await makeDomain(t.db, customer.id, 'gone.example');
    await makeUser(t.db, { role: 'customer', customerId: customer.id });
    await t.db.delete(customers).where(eq(customers.id, customer.id));
    expect(await t.db.select().from(domains).where(eq(domains.customerId, customer.id))).toEqual([]);
    expect(await t.db.select().from(users).where(eq(users.customerId, customer.id))).toEqual([]);
  });
});
