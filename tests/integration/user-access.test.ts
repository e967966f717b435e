import { eq } from 'drizzle-orm';

import { getActorById } from '@/db/queries/users';
import { auditEvents } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setUserDisabled } from '@/lib/user-access';

import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer, makeUser } from '../support/fixtures';

const t = useTestDatabase();

async function kindOf(promise: Promise<unknown>) {
  return promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError ? error.kind : 'crash'),
  );
}

describe('setUserDisabled', () => {
  it('lets an admin disable and re-enable a user, auditing each change', async () => {
    const admin = await makeActor(t.db, 'admin');
    const customer = await makeCustomer(t.db);
    const user = await makeUser(t.db, { role: 'customer', customerId: customer.id });
    await setUserDisabled(t.db, admin, user.id, true);
    expect((await getActorById(t.db, user.id))?.disabled).toBe(true);
    await setUserDisabled(t.db, admin, user.id, false);
    expect((await getActorById(t.db, user.id))?.disabled).toBe(false);
    const trail = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(trail.map((row) => [row.action, row.after])).toEqual([
      ['user.update', { email: user.email, disabled: true }],
      ['user.update', { email: user.email, disabled: false }],
    ]);
  });

  it('is refused to support and customer users, and to an admin on itself', async () => {
    const customer = await makeCustomer(t.db);
    const target = await makeUser(t.db, { role: 'customer', customerId: customer.id });
    const support = await makeActor(t.db, 'support');
    const own = await makeActor(t.db, 'customer', customer.id);
    const admin = await makeActor(t.db, 'admin');
    expect(await kindOf(setUserDisabled(t.db, support, target.id, true))).toBe('forbidden');
    expect(await kindOf(setUserDisabled(t.db, own, target.id, true))).toBe('forbidden');
    expect(await kindOf(setUserDisabled(t.db, admin, admin.id, true))).toBe('forbidden');
    expect(await kindOf(setUserDisabled(t.db, admin, 1_999_999_999, true))).toBe('not_found');
    expect((await getActorById(t.db, target.id))?.disabled).toBe(false);
  });
});
