'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { getDb } from '@/db';
import { searchParentOptions } from '@/db/queries/customers';
import { asActor } from '@/lib/actions';
import { scopeOf } from '@/lib/authz';
import {
  checkNewCustomer,
  createCustomerWithUser,
  deleteCustomer,
  previewDelete,
  updateCustomer,
  type DeletePreview,
} from '@/lib/customers';
import { failure, type ActionResult } from '@/lib/errors';
import { setFlash } from '@/lib/flash';
import { getActor } from '@/lib/session';
import {
  MAX_TREE_DEPTH,
  customerInfoSchema,
  fieldErrorsOf,
  firstUserSchema,
  updateCustomerSchema,
} from '@/lib/validation';

const INVALID = 'Check the highlighted fields.';

function customerFields(form: FormData) {
  return {
    name: form.get('name'),
    address: form.get('address'),
    parentId: form.get('parentId'),
  };
}

/** Step 1 of Add customer: validated on the server before step 2 opens. */
export async function checkCustomerStep(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return asActor('customer.check', async (actor) => {
    const parsed = customerInfoSchema.safeParse(customerFields(form));
    if (!parsed.success) return failure(INVALID, fieldErrorsOf(parsed.error));
    await checkNewCustomer(await getDb(), actor, parsed.data);
    return { ok: true };
  });
}

export async function createCustomerAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await asActor('customer.create', async (actor) => {
    const customer = customerInfoSchema.safeParse(customerFields(form));
    const user = firstUserSchema.safeParse({
      fullName: form.get('fullName'),
      email: form.get('email'),
      password: form.get('password'),
      confirmPassword: form.get('confirmPassword'),
    });
    if (!customer.success || !user.success) {
      return failure(INVALID, {
        ...(customer.success ? {} : fieldErrorsOf(customer.error)),
        ...(user.success ? {} : fieldErrorsOf(user.error)),
      });
    }
    const created = await createCustomerWithUser(await getDb(), actor, {
      customer: customer.data,
      user: user.data,
    });
    await setFlash('success', `Customer “${created.name}” was added with its first user.`);
    return { ok: true };
  });
  if (!result.ok) return result;
  revalidatePath('/customers');
  redirect('/customers?sort=-created');
}

export async function updateCustomerAction(
  id: number,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await asActor('customer.update', async (actor) => {
    const parsed = updateCustomerSchema.safeParse({
      ...customerFields(form),
      version: form.get('version'),
    });
    if (!parsed.success) return failure(INVALID, fieldErrorsOf(parsed.error));
    const updated = await updateCustomer(await getDb(), actor, id, parsed.data);
    await setFlash('success', `Customer “${updated.name}” was updated.`);
    return { ok: true };
  });
  if (!result.ok) return result;
  revalidatePath('/customers');
  redirect(`/customers/${id}`);
}

export async function previewDeleteAction(
  id: number,
): Promise<ActionResult<DeletePreview>> {
  return asActor('customer.preview_delete', async (actor) => ({
    ok: true,
    data: await previewDelete(await getDb(), actor, id),
  }));
}

export async function deleteCustomerAction(id: number): Promise<ActionResult> {
  const result = await asActor<undefined>('customer.delete', async (actor) => {
    const deleted = await deleteCustomer(await getDb(), actor, id);
    return {
      ok: true,
      message:
        `Customer “${deleted.name}” was deleted, with ${deleted.users} ` +
        `user${deleted.users === 1 ? '' : 's'} and ${deleted.domains} ` +
        `domain${deleted.domains === 1 ? '' : 's'}.`,
    };
  });
  if (result.ok) revalidatePath('/customers');
  return result;
}

export type ParentOption = { id: number; name: string };

/** Accounts the signed-in user may choose as a parent, by name. */
export async function searchParentsAction(
  q: string,
  excludeSubtreeOf?: number,
): Promise<ParentOption[]> {
  const actor = await getActor();
  if (!actor || actor.role === 'support') return [];
  return searchParentOptions(await getDb(), {
    scope: scopeOf(actor),
    q: typeof q === 'string' ? q.slice(0, 200) : '',
    excludeSubtreeOf:
      typeof excludeSubtreeOf === 'number' ? excludeSubtreeOf : undefined,
    maxDepth: MAX_TREE_DEPTH - 1,
    limit: 50,
  });
}
