import { z } from 'zod';

import { MAX_TREE_DEPTH } from '@/db/schema';

export { MAX_TREE_DEPTH };
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

// C0 controls other than tab/newline, DEL, C1 controls, and the bidi overrides
// that can disguise what a name says.
const CONTROL_ALWAYS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAKS = /[\r\n\t]/;

const length = (value: string) => [...value].length;

function text(label: string, max: number, options: { multiline: boolean }) {
  return z
    .string({ error: `${label} is required.` })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .refine((value) => value.length > 0, `${label} is required.`)
        .refine(
          (value) => length(value) <= max,
          `${label} must be at most ${max} characters.`,
        )
        .refine(
          (value) =>
            !CONTROL_ALWAYS.test(value) &&
            (options.multiline
              ? !/[\r\t]/.test(value)
              : !LINE_BREAKS.test(value)),
          `${label} contains characters that are not allowed.`,
        ),
    );
}

const optionalId = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === '') return null;
    const id = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== String(value)) {
      ctx.addIssue({ code: 'custom', message: 'Choose an account from the list.' });
      return z.NEVER;
    }
    return id;
  });

export const customerInfoSchema = z.object({
  name: text('Name', 200, { multiline: false }),
  address: text('Address', 1000, { multiline: true }),
  parentId: optionalId,
});
export type CustomerInfo = z.output<typeof customerInfoSchema>;

const email = z
  .string({ error: 'Email is required.' })
  .trim()
  .toLowerCase()
  .min(1, 'Email is required.')
  .max(254, 'Email must be at most 254 characters.')
  .pipe(z.email('Enter a valid email address.'));

const password = z
  .string({ error: 'Password is required.' })
  .refine((value) => value.trim().length > 0, {
    message: 'Password is required.',
    abort: true,
  })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`);

export const firstUserSchema = z
  .object({
    fullName: text('Full name', 200, { multiline: false }),
    email,
    password,
    confirmPassword: z.string({ error: 'Confirm the password.' }),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  });
export type FirstUser = z.output<typeof firstUserSchema>;

export const newUserSchema = z.object({
  fullName: text('Full name', 200, { multiline: false }),
  email,
  password,
  role: z.enum(['admin', 'support', 'customer'], {
    error: 'Role must be admin, support or customer.',
  }),
  customerId: optionalId,
});

/** A new user with its role and customer agreeing, as the table demands. */
export const newUserWithAccountSchema = newUserSchema.superRefine(
  (value, ctx) => {
    if (value.role === 'customer' && value.customerId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'A customer user needs the customer it belongs to.',
      });
    }
    if (value.role !== 'customer' && value.customerId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['customerId'],
        message: 'Admin and support users cannot belong to a customer.',
      });
    }
  },
);
export type NewUserInput = z.input<typeof newUserWithAccountSchema>;
export type NewUserValues = z.output<typeof newUserWithAccountSchema>;

export const updateCustomerSchema = customerInfoSchema.extend({
  version: z.coerce
    .number({ error: 'The form is out of date; reload it.' })
    .int()
    .positive(),
});
export type CustomerUpdate = z.output<typeof updateCustomerSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export type FieldErrors = Partial<Record<string, string[]>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
