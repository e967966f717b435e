import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';

import { getDb } from '@/db';
import { getCredentialsByEmail } from '@/db/queries/users';
import { authSecret } from '@/lib/env';
import { log } from '@/lib/log';
import { verifyAgainstNothing, verifyPassword } from '@/lib/password';
import { HOME, safeCallbackPath } from '@/lib/safe-redirect';
import {
  recordFailure,
  recordSuccess,
  secondsBlocked,
  type ThrottleKeys,
} from '@/lib/throttle';
import { signInSchema } from '@/lib/validation';

export const SIGN_IN_FAILED = 'CredentialsSignin';
export const SIGN_IN_THROTTLED = 'TooManyAttempts';

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The client address as the nearest proxy saw it. X-Forwarded-For is only as
 * trustworthy as that proxy: behind a load balancer it must overwrite the
 * header. The per-email limit does not depend on it.
 */
function clientOf(headers: Headers): string {
  const raw = headers?.['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const last = value?.split(',').pop()?.trim();
  return last && last.length <= 64 ? last : 'unknown';
}

export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Headers,
) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const keys: ThrottleKeys = { email, client: clientOf(headers) };
  const wait = await secondsBlocked(db, keys);
  if (wait > 0) {
    log.warn('auth.throttled', { client: keys.client, wait });
    throw new Error(SIGN_IN_THROTTLED);
  }
  const user = await getCredentialsByEmail(db, email);
  const ok = user
    ? !user.disabled && (await verifyPassword(user.passwordHash, password))
    : await verifyAgainstNothing(password);
  if (!ok || !user) {
    await recordFailure(db, keys);
    log.info('auth.sign_in_failed', { client: keys.client });
    return null;
  }
  await recordSuccess(db, keys);
  log.info('auth.signed_in', { userId: user.id });
  return { id: String(user.id) };
}

let cached: NextAuthOptions | undefined;

/** Built on first use: the secret may have to be read from the data folder. */
export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        authorize: (credentials, request) =>
          authorizeCredentials(credentials, request?.headers as Headers),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? '' };
        return session;
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith(baseUrl + '/')) {
          return baseUrl + safeCallbackPath(url.slice(baseUrl.length));
        }
        return baseUrl + (url.startsWith('/') ? safeCallbackPath(url) : HOME);
      },
    },
    logger: {
      error: (code, metadata) => {
        const fields = { code, error: metadata instanceof Error ? metadata : undefined };
        // Anyone can send a forged or expired cookie: not an operator's error.
        if (code === 'JWT_SESSION_ERROR') log.warn('auth.invalid_session', fields);
        else log.error('auth.error', fields);
      },
      warn: (code) => log.warn('auth.warning', { code }),
      debug: () => {},
    },
  };
  return cached;
}
