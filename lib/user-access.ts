import { eq } from 'drizzle-orm';

import type { Executor } from '@/db';
import { recordAudit } from '@/db/queries/audit';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/authz';
import { AppError, notFound } from '@/lib/errors';

/**
 * Disables or re-enables a user. A disabled user's sessions stop working on
 * their next request, since every request re-reads the user.
 */
export async function setUserDisabled(
  db: Executor,
  actor: Actor,
  userId: number,
  disabled: boolean,
) {
  if (actor.role !== 'admin') {
    throw new AppError('forbidden', 'Only administrators can disable users.');
  }
  if (userId === actor.id) {
    throw new AppError('forbidden', 'You cannot disable your own account.');
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: users.id, email: users.email, disabled: users.disabled, customerId: users.customerId })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before) throw notFound();
    if (before.disabled === disabled) return before;
    await tx.update(users).set({ disabled }).where(eq(users.id, userId));
    await recordAudit(tx, actor, [
      {
        action: 'user.update',
        entityType: 'user',
        entityId: userId,
        customerId: before.customerId,
        before: { email: before.email, disabled: before.disabled },
        after: { email: before.email, disabled },
      },
    ]);
    return { ...before, disabled };
  });
}
