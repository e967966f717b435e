import 'server-only';

import { getServerSession } from 'next-auth';
import { notFound as nextNotFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';

import { getDb } from '@/db';
import { getActorById } from '@/db/queries/users';
import { authOptions } from '@/lib/auth';
import type { Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';

/**
 * Who is asking, re-read from the database on every request so that a
 * deleted or disabled user loses access at once, whatever their token says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Per request, never at build time: reading the session needs the secret.
  await connection();
  const session = await getServerSession(authOptions());
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await getActorById(await getDb(), id);
  if (!row || row.disabled) return null;
  const { disabled: _disabled, ...actor } = row;
  return actor;
});

export function signInPath(returnTo: string) {
  return `/login?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** For pages: the actor, or a redirect to sign in and come back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(returnTo));
  return actor;
}

/** For pages: turns an expected failure into the page Next shows for it. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') nextNotFound();
    throw error;
  }
}
