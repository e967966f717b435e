import { eq } from 'drizzle-orm';

import type { Executor } from '@/db';
import { customers, domains, users, type NewDomain, type UserRole } from '@/db/schema';
import type { Actor } from '@/lib/authz';

let counter = 0;
const next = () => ++counter;

export async function makeCustomer(
  db: Executor,
  values: { name?: string; address?: string; parentId?: number | null } = {},
) {
  const [row] = await db
    .insert(customers)
    .values({
      name: values.name ?? `Customer ${next()}`,
      address: values.address ?? '1 Test Street',
      parentId: values.parentId ?? null,
    })
    .returning();
  return row;
}

// A fixed hash of "correct horse battery" keeps fixtures fast; tests that sign
// in through the real hashing path create their users themselves.
export const FIXTURE_PASSWORD = 'correct horse battery';
export const FIXTURE_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$3Xv4Yk0jT1kKjY3Zb2m1cA$4i9Fb0N2b5rJ3w2s3rOIuQvH3Hq5w3rC0a2Jm7fXoZ4';

export async function makeUser(
  db: Executor,
  values: {
    role: UserRole;
    customerId?: number | null;
    email?: string;
    fullName?: string;
    passwordHash?: string;
  },
) {
  const n = next();
  const [row] = await db
    .insert(users)
    .values({
      fullName: values.fullName ?? `User ${n}`,
      email: values.email ?? `user${n}@example.test`,
      passwordHash: values.passwordHash ?? FIXTURE_HASH,
      role: values.role,
      customerId: values.customerId ?? null,
    })
    .returning();
  return row;
}

export async function makeActor(
  db: Executor,
  role: UserRole,
  customerId: number | null = null,
): Promise<Actor> {
  const user = await makeUser(db, { role, customerId });
  const customerName = customerId
    ? (await db.select().from(customers).where(eq(customers.id, customerId)))[0].name
    : null;
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role,
    customerId,
    customerName,
  };
}

export function domainValues(
  customerId: number,
  host: string,
  overrides: Partial<NewDomain> = {},
): NewDomain {
  return {
    customerId,
    host,
    httpPorts: [80, 443],
    scheme: 'https',
    originHost: 'origin.example.net',
    originPort: 443,
    cacheMode: 'standard',
    cacheTtlSeconds: 3600,
    redirectMode: 'http_to_https',
    certExpiresOn: '2027-03-31',
    tlsProtocols: ['TLSv1.2', 'TLSv1.3'],
    wafMode: 'block',
    ...overrides,
  };
}

export async function makeDomain(
  db: Executor,
  customerId: number,
  host: string,
  overrides: Partial<NewDomain> = {},
) {
  const [row] = await db
    .insert(domains)
    .values(domainValues(customerId, host, overrides))
    .returning();
  return row;
}

export async function customerRow(db: Executor, id: number) {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row;
}
