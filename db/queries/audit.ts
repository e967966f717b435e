import { desc, eq } from 'drizzle-orm';

import type { Executor } from '..';
import { auditEvents } from '../schema';

export type AuditActor = { id: number; email: string } | null;

export type AuditEntry = {
  action:
    | 'customer.create'
    | 'customer.update'
    | 'customer.delete'
    | 'user.create'
    | 'user.update'
    | 'user.delete';
  entityType: 'customer' | 'user';
  entityId: number;
  customerId: number | null;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction that makes the change it records. */
export async function recordAudit(
  db: Executor,
  actor: AuditActor,
  entries: AuditEntry[],
) {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(
    entries.map((entry) => ({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      customerId: entry.customerId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}

export async function listAudit(
  db: Executor,
  input: { customerId?: number; page: number; pageSize: number },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      input.customerId === undefined
        ? undefined
        : eq(auditEvents.customerId, input.customerId),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(input.pageSize + 1)
    .offset((input.page - 1) * input.pageSize);
}
