import { eq, sql } from 'drizzle-orm';

import { loginThrottle, users } from '@/db/schema';
import { authorizeCredentials, SIGN_IN_THROTTLED } from '@/lib/auth';
import { hashPassword } from '@/lib/password';
import { THROTTLE } from '@/lib/throttle';

import { useTestDatabase } from '../support/db';
import { makeCustomer, makeUser } from '../support/fixtures';

const t = useTestDatabase();
const PASSWORD = 'the right password';

let hash: string;
beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

const from = (client: string) => ({ 'x-forwarded-for': client });

async function attempt(email: string, password: string, client = '203.0.113.1') {
  try {
    return (await authorizeCredentials({ email, password }, from(client))) ? 'ok' : 'failed';
  } catch (error) {
    return (error as Error).message === SIGN_IN_THROTTLED ? 'throttled' : 'error';
  }
}

describe('authorizeCredentials', () => {
  it('signs in with the right password, whatever the email case', async () => {
    await makeUser(t.db, { role: 'admin', email: 'right@example.test', passwordHash: hash });
    expect(await attempt('RIGHT@example.test', PASSWORD)).toBe('ok');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    await makeUser(t.db, { role: 'admin', email: 'known@example.test', passwordHash: hash });
    expect(await attempt('known@example.test', 'wrong password!!', '198.51.100.1')).toBe('failed');
    expect(await attempt('unknown@example.test', 'wrong password!!', '198.51.100.2')).toBe('failed');
  });

  it('refuses disabled users even with the right password', async () => {
    const user = await makeUser(t.db, { role: 'admin', email: 'off@example.test', passwordHash: hash });
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    expect(await attempt('off@example.test', PASSWORD, '198.51.100.3')).toBe('failed');
  });

  it('slows down an email after repeated failures, even with the right password', async () => {
    const customer = await makeCustomer(t.db);
    await makeUser(t.db, { role: 'customer', customerId: customer.id, email: 'target@example.test', passwordHash: hash });
    for (let i = 0; i < THROTTLE.limits.email; i++) {
      // Each from another client: the per-email limit must not depend on it.
      expect(await attempt('target@example.test', `guess number ${i}`, `192.0.2.${i + 1}`)).toBe('failed');
    }
    expect(await attempt('target@example.test', PASSWORD, '192.0.2.200')).toBe('throttled');
    const [row] = await t.db.select().from(loginThrottle).where(eq(loginThrottle.key, 'email:target@example.test'));
    expect(row.failures).toBe(THROTTLE.limits.email);
    const wait = (row.blockedUntil!.getTime() - Date.now()) / 1000;
    expect(wait).toBeGreaterThan(THROTTLE.firstDelaySeconds - 5);
    expect(wait).toBeLessThanOrEqual(THROTTLE.firstDelaySeconds + 1);
  });

  it('lets the email in again once the delay has passed, and clears its count', async () => {
    await makeUser(t.db, { role: 'admin', email: 'patient@example.test', passwordHash: hash });
    for (let i = 0; i < THROTTLE.limits.email; i++) {
      await attempt('patient@example.test', 'wrong again!!', '192.0.2.77');
    }
    expect(await attempt('patient@example.test', PASSWORD, '192.0.2.78')).toBe('throttled');
    await t.db
      .update(loginThrottle)
      .set({ blockedUntil: sql`now() - interval '1 second'` })
      .where(eq(loginThrottle.key, 'email:patient@example.test'));
    expect(await attempt('patient@example.test', PASSWORD, '192.0.2.78')).toBe('ok');
    expect(
      await t.db.select().from(loginThrottle).where(eq(loginThrottle.key, 'email:patient@example.test')),
    ).toEqual([]);
  });

  it('slows down one client trying many emails', async () => {
    await makeUser(t.db, { role: 'admin', email: 'victim@example.test', passwordHash: hash });
    for (let i = 0; i < THROTTLE.limits.client; i++) {
      expect(await attempt(`spray${i}@example.test`, 'password123456', '233.252.0.9')).toBe('failed');
    }
    expect(await attempt('victim@example.test', PASSWORD, '233.252.0.9')).toBe('throttled');
    expect(await attempt('victim@example.test', PASSWORD, '233.252.0.10')).toBe('ok');
  });
});
