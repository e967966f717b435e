'use server';

import { revalidatePath } from 'next/cache';

import { getDb } from '@/db';
import { asActor } from '@/lib/actions';
import { setUserDisabled } from '@/lib/user-access';

export async function setUserDisabledAction(userId: number, disabled: boolean) {
  const result = await asActor<undefined>('user.set_disabled', async (actor) => {
    if (!Number.isSafeInteger(userId) || typeof disabled !== 'boolean') {
      return { ok: false, message: 'Invalid request.', fieldErrors: {} };
    }
    const user = await setUserDisabled(await getDb(), actor, userId, disabled);
    return {
      ok: true,
      message: `${user.email} is now ${disabled ? 'disabled and signed out' : 'enabled'}.`,
    };
  });
  if (result.ok) revalidatePath('/users');
  return result;
}
