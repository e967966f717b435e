import { eq } from 'drizzle-orm';
import type { z } from 'zod';

import type { Database, Executor } from '@/db';
import { recordAudit, type AuditActor } from '@/db/queries/audit';
import { insertUser } from '@/db/queries/users';
import { customers } from '@/db/schema';
import { AppError, violatedConstraint } from '@/lib/errors';
import { hashPassword } from '@/lib/password';
import {
  fieldErrorsOf,
  newUserWithAccountSchema,
  type NewUserValues,
} from '@/lib/validation';

const EMAIL_TAKEN = 'A user with this email already exists.';

// The order a person fixes a command line in: who, how, what, where.
const FIELD_ORDER = ['email', 'password', 'role', 'customerId', 'fullName'];

function invalid(field: string, message: string) {
  return new AppError('invalid', message, { [field]: [message] });
}

function firstIssue(error: z.ZodError) {
  const rank = (issue: z.core.$ZodIssue) => {
    const at = FIELD_ORDER.indexOf(String(issue.path[0]));
    return at === -1 ? FIELD_ORDER.length : at;
  };
  return [...error.issues].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * A new user's fields, checked; otherwise an AppError whose message is the
 * most basic problem, with every problem in its field errors.
 */
export function validateNewUser(input: unknown): NewUserValues {
  const parsed = newUserWithAccountSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'invalid',
    firstIssue(parsed.error).message,
    fieldErrorsOf(parsed.error),
  );
}

async function assertCustomerExists(db: Executor, id: number) {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.id, id));
  if (!row) throw invalid('customerId', `No customer has id ${id}.`);
}

function translate(error: unknown, customerId: number | null): unknown {
  const constraint = violatedConstraint(error);
  if (constraint === 'users_email_lower_key') {
    return new AppError('conflict', EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  }
  // The customer was deleted between the check and the insert.
  if (constraint === 'users_customer_id_customers_id_fk') {
    return invalid('customerId', `No customer has id ${customerId}.`);
  }
  return error;
}

export type AddedUser = { id: number; email: string };

/**
 * Creates a user with its audit entry in one transaction. The actor is who
 * asked for it; null stands for the command line.
 */
export async function addUser(
  db: Database,
  input: unknown,
  actor: AuditActor = null,
): Promise<AddedUser> {
  const values = validateNewUser(input);
  const passwordHash = await hashPassword(values.password);
  try {
    return await db.transaction(async (tx) => {
      if (values.customerId !== null) {
        await assertCustomerExists(tx, values.customerId);
      }
      const user = await insertUser(tx, {
        fullName: values.fullName,
        email: values.email,
        passwordHash,
        role: values.role,
        customerId: values.customerId,
      });
      await recordAudit(tx, actor, [
        {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          customerId: values.customerId,
          after: {
            fullName: values.fullName,
            email: values.email,
            role: values.role,
            customerId: values.customerId,
          },
        },
      ]);
      return user;
    });
  } catch (error) {
    throw translate(error, values.customerId);
  }
}
