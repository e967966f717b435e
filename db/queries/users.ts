import { and, asc, eq, or, sql } from 'drizzle-orm';

import type { Executor } from '..';
import { customers, listTotals, users, type UserRole } from '../schema';
import { containsPattern, inScope, type Scope } from './scope';

/** What the app knows about a signed-in user; never the password hash. */
export type ActorRow = {
  id: number;
  email: string;
  fullName: string;
  role: UserRole;
  customerId: number | null;
  customerName: string | null;
  disabled: boolean;
};

export async function getActorById(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      customerId: users.customerId,
      customerName: customers.name,
      disabled: users.disabled,
    })
    .from(users)
    .leftJoin(customers, eq(customers.id, users.customerId))
    .where(eq(users.id, id));
  return row as ActorRow | undefined;
}

export async function getCredentialsByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export type NewUser = {
  fullName: string;
  email: string;
  passwordHash: string;
  role: UserRole;
  customerId: number | null;
};

export async function insertUser(db: Executor, user: NewUser) {
  const [row] = await db
    .insert(users)
    .values(user)
    .returning({ id: users.id, email: users.email });
  return row;
}

export type UserListRow = {
  id: number;
  fullName: string;
  email: string;
  role: UserRole;
  disabled: boolean;
  customerId: number | null;
  customerName: string | null;
  createdAt: Date;
};

export async function listUsers(
  db: Executor,
  input: { scope: Scope; q?: string; page: number; pageSize: number },
) {
  const q = input.q?.trim().toLowerCase();
  const pattern = q ? containsPattern(q) : undefined;
  // Users of the accounts in scope, as a semi-join on the scope's id range:
  // the planner then walks users in name order and stops after one page.
  const where = and(
    input.scope.kind === 'all'
      ? undefined
      : sql`${users.customerId} in (select scoped.id from ${customers} scoped where ${inScope(input.scope, sql.raw('scoped.ancestors'))})`,
    pattern
      ? or(
          sql`lower(${users.fullName}) like ${pattern}`,
          sql`lower(${users.email}) like ${pattern}`,
          sql`lower(${customers.name}) like ${pattern}`,
        )
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        fullName: users.fullName,
        email: users.email,
        role: users.role,
        disabled: users.disabled,
        customerId: users.customerId,
        customerName: customers.name,
        createdAt: users.createdAt,
      })
      .from(users)
      .leftJoin(customers, eq(customers.id, users.customerId))
      .where(where)
      .orderBy(sql`lower(${users.fullName})`, asc(users.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    !pattern && input.scope.kind === 'all'
      ? db.select({ total: sql<number>`${listTotals.users}::integer` }).from(listTotals)
      : !pattern
        ? // customers.user_count is exact (statement triggers): sum it over
          // the subtree's index entries instead of joining every user.
          db
            .select({ total: sql<number>`coalesce(sum(${customers.userCount}), 0)::integer` })
            .from(customers)
            .where(inScope(input.scope))
        : db
          .select({ total: sql<number>`count(*)::integer` })
          .from(users)
          .leftJoin(customers, eq(customers.id, users.customerId))
          .where(where),
  ]);
  return { rows: rows as UserListRow[], total };
}

export async function listUsersOfCustomer(db: Executor, customerId: number) {
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      email: users.email,
      role: users.role,
      disabled: users.disabled,
    })
    .from(users)
    .where(eq(users.customerId, customerId))
    .orderBy(sql`lower(${users.fullName})`, users.id)
    .limit(200);
}
