import type { ActorRow } from '@/db/queries/users';
import type { Scope } from '@/db/queries/scope';

/** The signed-in user, as loaded from the database on this request. */
export type Actor = Omit<ActorRow, 'disabled'>;

type Placed = { id: number; ancestors: number[] };

export function scopeOf(actor: Actor): Scope {
  if (actor.role === 'customer' && actor.customerId !== null) {
    return { kind: 'subtree', rootId: actor.customerId };
  }
  return { kind: 'all' };
}

/** Staff see every customer; a customer user its account and those below. */
export function canSee(actor: Actor, customer: Placed): boolean {
  if (actor.role !== 'customer') return true;
  return actor.customerId !== null && customer.ancestors.includes(actor.customerId);
}

/** Edit or delete: admins anything, customer users only their sub-accounts. */
export function canManage(actor: Actor, customer: Placed): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'support') return false;
  return canSee(actor, customer) && customer.id !== actor.customerId;
}

/** Add a customer under `parent` (null: a top-level account). */
export function canCreateUnder(actor: Actor, parent: Placed | null): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'support') return false;
  return parent !== null && canSee(actor, parent);
}

export const READ_ONLY = 'Support accounts are read-only.';

/** Why `canManage` said no, in words the user can act on. */
export function manageRefusal(actor: Actor): string {
  return actor.role === 'support'
    ? READ_ONLY
    : 'You cannot change your own account; ask your provider.';
}

export function canWrite(actor: Actor): boolean {
  return actor.role !== 'support';
}
