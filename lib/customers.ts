import { and, count, eq, sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit';
import {
  getCustomerById,
  listChildren,
  subtreeHeight,
  type CustomerDetail,
} from '@/db/queries/customers';
import { insertUser } from '@/db/queries/users';
import { customers, domains, users } from '@/db/schema';
import {
  canCreateUnder,
  canManage,
  canSee,
  manageRefusal,
  READ_ONLY,
  type Actor,
} from '@/lib/authz';
import { AppError, notFound, violatedConstraint } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import {
  MAX_TREE_DEPTH,
  type CustomerInfo,
  type CustomerUpdate,
  type FirstUser,
} from '@/lib/validation';

const TREE_LOCK = 7_204_312;

const NAME_TAKEN = 'A customer with this name already exists.';
const EMAIL_TAKEN = 'A user with this email already exists.';
const NO_SUCH_PARENT = 'Choose a parent account from the list.';
const CYCLE = 'An account cannot be placed under itself or its sub-accounts.';
const TOO_DEEP = `Accounts can be nested at most ${MAX_TREE_DEPTH} levels deep.`;

function invalid(field: string, message: string) {
  return new AppError('invalid', 'Check the highlighted fields.', {
    [field]: [message],
  });
}

/** A customer the actor may see, or the same "not found" as a missing one. */
export async function findVisibleCustomer(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<CustomerDetail> {
  const customer = Number.isSafeInteger(id) && id > 0
    ? await getCustomerById(db, id)
    : undefined;
  if (!customer || !canSee(actor, customer)) throw notFound();
  return customer;
}

async function findManageableCustomer(db: Executor, actor: Actor, id: number) {
  const customer = await findVisibleCustomer(db, actor, id);
  if (!canManage(actor, customer)) {
    throw new AppError('forbidden', manageRefusal(actor));
  }
  return customer;
}

function assertCanWrite(actor: Actor) {
  if (actor.role === 'support') {
    throw new AppError('forbidden', READ_ONLY);
  }
}

async function checkParentForNew(
  db: Executor,
  actor: Actor,
  parentId: number | null,
) {
  if (parentId === null) {
    if (!canCreateUnder(actor, null)) {
      throw invalid('parentId', 'Choose the parent account.');
    }
    return null;
  }
  const parent = await getCustomerById(db, parentId);
  if (!parent || !canCreateUnder(actor, parent)) {
    throw invalid('parentId', NO_SUCH_PARENT);
  }
  if (parent.ancestors.length >= MAX_TREE_DEPTH) {
    throw invalid(
      'parentId',
      TOO_DEEP,
    );
  }
  return parent;
}

async function nameTaken(db: Executor, name: string, exceptId?: number) {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(
      and(
        sql`lower(${customers.name}) = lower(${name})`,
        exceptId ? sql`${customers.id} <> ${exceptId}` : undefined,
      ),
    );
  return row.n > 0;
}

async function emailTaken(db: Executor, email: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row.n > 0;
}

/** Step 1 of the wizard: everything that can be known before step 2. */
export async function checkNewCustomer(
  db: Executor,
  actor: Actor,
  input: CustomerInfo,
) {
  assertCanWrite(actor);
  await checkParentForNew(db, actor, input.parentId);
  if (await nameTaken(db, input.name)) throw invalid('name', NAME_TAKEN);
}

function mapWriteError(error: unknown): never {
  switch (violatedConstraint(error)) {
    case 'customers_name_lower_key':
      throw invalid('name', NAME_TAKEN);
    case 'users_email_lower_key':
      throw invalid('email', EMAIL_TAKEN);
    case 'customers_parent_id_customers_id_fk':
      throw invalid('parentId', NO_SUCH_PARENT);
    case 'customers_parent_cycle':
      throw invalid(
        'parentId',
        CYCLE,
      );
    case 'customers_ancestors_check':
      throw invalid(
        'parentId',
        TOO_DEEP,
      );
  }
  throw error;
}

/** The customer and its first user, both or neither. */
export async function createCustomerWithUser(
  db: Executor,
  actor: Actor,
  input: { customer: CustomerInfo; user: FirstUser },
) {
  assertCanWrite(actor);
  await checkParentForNew(db, actor, input.customer.parentId);
  if (await emailTaken(db, input.user.email)) {
    throw invalid('email', EMAIL_TAKEN);
  }
  const passwordHash = await hashPassword(input.user.password);
  try {
    return await db.transaction(async (tx) => {
      const [customer] = await tx
        .insert(customers)
        .values(input.customer)
        .returning();
      const user = await insertUser(tx, {
        fullName: input.user.fullName,
        email: input.user.email,
        passwordHash,
        role: 'customer',
        customerId: customer.id,
      });
      await recordAudit(tx, actor, [
        {
          action: 'customer.create',
          entityType: 'customer',
          entityId: customer.id,
          customerId: customer.id,
          after: snapshotOf(customer),
        },
        {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          customerId: customer.id,
          after: { email: user.email, fullName: input.user.fullName, role: 'customer' },
        },
      ]);
      return { id: customer.id, name: customer.name, userId: user.id };
    });
  } catch (error) {
    mapWriteError(error);
  }
}

function snapshotOf(customer: {
  name: string;
  address: string;
  parentId: number | null;
}) {
  return {
    name: customer.name,
    address: customer.address,
    parentId: customer.parentId,
  };
}

export const STALE_MESSAGE =
  'Someone else saved this customer after you opened the form. ' +
  'Reload to see their changes, then apply yours again.';

async function checkNewParent(
  db: Executor,
  actor: Actor,
  customer: CustomerDetail,
  parentId: number | null,
) {
  if (parentId === customer.parentId) return;
  if (parentId === null) {
    if (actor.role !== 'admin') throw invalid('parentId', 'Choose the parent account.');
    return;
  }
  const parent = await getCustomerById(db, parentId);
  if (!parent || !canCreateUnder(actor, parent)) {
    throw invalid('parentId', NO_SUCH_PARENT);
  }
  if (parent.ancestors.includes(customer.id)) {
    throw invalid(
      'parentId',
      CYCLE,
    );
  }
  const height = await subtreeHeight(db, customer);
  if (parent.ancestors.length + 1 + height > MAX_TREE_DEPTH) {
    throw invalid(
      'parentId',
      `Accounts can be nested at most ${MAX_TREE_DEPTH} levels deep; ` +
        'this move would go deeper.',
    );
  }
}

export async function updateCustomer(
  db: Executor,
  actor: Actor,
  id: number,
  input: CustomerUpdate,
) {
  const current = await findManageableCustomer(db, actor, id);
  await checkNewParent(db, actor, current, input.parentId);
  try {
    return await db.transaction(async (tx) => {
      if (input.parentId !== current.parentId) {
        // Taken before the row lock, in the same order as every other move.
        await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
      }
      const [before] = await tx
        .select()
        .from(customers)
        .where(eq(customers.id, id))
        .for('update');
      if (!before) throw notFound();
      if (before.version !== input.version) {
        throw new AppError('conflict', STALE_MESSAGE);
      }
      const [after] = await tx
        .update(customers)
        .set({
          name: input.name,
          address: input.address,
          parentId: input.parentId,
          version: sql`${customers.version} + 1`,
        })
        .where(eq(customers.id, id))
        .returning();
      await recordAudit(tx, actor, [
        {
          action: 'customer.update',
          entityType: 'customer',
          entityId: id,
          customerId: id,
          before: snapshotOf(before),
          after: snapshotOf(after),
        },
      ]);
      return { id, name: after.name, version: after.version };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    mapWriteError(error);
  }
}

export type DeletePreview = {
  id: number;
  name: string;
  userCount: number;
  domainCount: number;
  children: { total: number; names: string[] };
};

export async function previewDelete(
  db: Executor,
  actor: Actor,
  id: number,
): Promise<DeletePreview> {
  const customer = await findManageableCustomer(db, actor, id);
  const children = await listChildren(db, id, 5);
  return {
    id,
    name: customer.name,
    userCount: customer.userCount,
    domainCount: customer.domainCount,
    children: {
      total: children.total,
      names: children.rows.map((child) => child.name),
    },
  };
}

function hasChildrenError(name: string, total: number, names: string[]) {
  const more = total > names.length ? `, and ${total - names.length} more` : '';
  return new AppError(
    'conflict',
    `${name} still manages ${total} sub-account${total === 1 ? '' : 's'} ` +
      `(${names.join(', ')}${more}). Move or delete them first.`,
  );
}

/** Deletes a customer with its users and domains; never one with children. */
export async function deleteCustomer(db: Executor, actor: Actor, id: number) {
  await findManageableCustomer(db, actor, id);
  try {
    return await db.transaction(async (tx) => {
      const [customer] = await tx
        .select()
        .from(customers)
        .where(eq(customers.id, id))
        .for('update');
      if (!customer) throw notFound();
      const children = await listChildren(tx, id, 5);
      if (children.total > 0) {
        throw hasChildrenError(
          customer.name,
          children.total,
          children.rows.map((child) => child.name),
        );
      }
      const members = await tx
        .select({
          id: users.id,
          email: users.email,
          fullName: users.fullName,
          role: users.role,
        })
        .from(users)
        .where(eq(users.customerId, id));
      const [{ domainCount }] = await tx
        .select({ domainCount: count() })
        .from(domains)
        .where(eq(domains.customerId, id));
      await tx.delete(customers).where(eq(customers.id, id));
      await recordAudit(tx, actor, [
        {
          action: 'customer.delete',
          entityType: 'customer',
          entityId: id,
          customerId: id,
          before: {
            ...snapshotOf(customer),
            ancestors: customer.ancestors,
            createdAt: customer.createdAt,
            users: members,
            domainCount,
          },
        },
        ...members.map((member) => ({
          action: 'user.delete' as const,
          entityType: 'user' as const,
          entityId: member.id,
          customerId: id,
          before: member,
        })),
      ]);
      return { id, name: customer.name, users: members.length, domains: domainCount };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (violatedConstraint(error) === 'customers_parent_id_customers_id_fk') {
      throw new AppError(
        'conflict',
        'A sub-account was just added under this customer; it was not deleted.',
      );
    }
    throw error;
  }
}
