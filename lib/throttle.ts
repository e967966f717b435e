import { inArray, sql } from 'drizzle-orm';

import type { Executor } from '@/db';
import { loginThrottle } from '@/db/schema';

/**
 * Failed sign-ins, counted per email and per client in the database so that
 * every app server sees the same counts. Past the limit, attempts are refused
 * for a delay that doubles with each further failure, up to 15 minutes.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  limits: { email: 5, client: 20 },
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
};

export type ThrottleKeys = { email: string; client: string };

function keysOf(keys: ThrottleKeys) {
  return [`email:${keys.email.toLowerCase()}`, `client:${keys.client}`];
}

/** Seconds until the next attempt is allowed, or 0. */
export async function secondsBlocked(db: Executor, keys: ThrottleKeys) {
  const rows = await db
    .select({
      wait: sql<number>`ceil(extract(epoch from ${loginThrottle.blockedUntil} - now()))::integer`,
    })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keysOf(keys)));
  return Math.max(0, ...rows.map((row) => row.wait ?? 0));
}

export async function recordFailure(db: Executor, keys: ThrottleKeys) {
  const [emailKey, clientKey] = keysOf(keys);
  for (const [key, limit] of [
    [emailKey, THROTTLE.limits.email],
    [clientKey, THROTTLE.limits.client],
  ] as const) {
    await db.execute(sql`
      insert into login_throttle as t (key, failures, window_start)
      values (${key}, 1, now())
      on conflict (key) do update set
        failures = case
          when t.window_start < now() - make_interval(secs => ${THROTTLE.windowSeconds})
            and (t.blocked_until is null or t.blocked_until < now())
          then 1 else least(t.failures + 1, 1000) end,
        window_start = case
          when t.window_start < now() - make_interval(secs => ${THROTTLE.windowSeconds})
            and (t.blocked_until is null or t.blocked_until < now())
          then now() else t.window_start end`);
    await db.execute(sql`
      update login_throttle set blocked_until = now() + make_interval(secs =>
        least(${THROTTLE.maxDelaySeconds},
              ${THROTTLE.firstDelaySeconds} * power(2, least(failures - ${limit}, 10))))
      where key = ${key} and failures >= ${limit}`);
  }
}

export async function recordSuccess(db: Executor, keys: ThrottleKeys) {
  await db
    .delete(loginThrottle)
    .where(inArray(loginThrottle.key, [keysOf(keys)[0]]));
}
