import 'server-only';

import { randomUUID } from 'node:crypto';

import type { Actor } from '@/lib/authz';
import { AppError, failure, type ActionResult } from '@/lib/errors';
import { log } from '@/lib/log';
import { getActor } from '@/lib/session';

export const SESSION_ENDED = 'Your session has ended. Sign in again to continue.';

/**
 * Runs a server action's body for the signed-in user. Expected failures
 * become form messages; anything else is logged with a reference the user
 * can quote, and shown as a fixed message.
 */
export async function asActor<T>(
  action: string,
  body: (actor: Actor) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const actor = await getActor();
  if (!actor) return failure(SESSION_ENDED);
  try {
    return await body(actor);
  } catch (error) {
    if (error instanceof AppError) {
      return failure(
        error.kind === 'not_found' ? 'This customer no longer exists.' : error.message,
        error.fieldErrors,
        error.kind,
      );
    }
    const reference = randomUUID().slice(0, 8);
    log.error('action.failed', { action, actorId: actor.id, reference, error });
    return failure(`Something went wrong (reference ${reference}). Try again.`);
  }
}
