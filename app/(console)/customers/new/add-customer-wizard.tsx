'use client';

import { useActionState, useEffect, useRef, useState } from 'react';

import { Field } from '@/components/field';
import { Link } from '@/components/link';
import { SubmitButton } from '@/components/submit-button';
import type { ActionResult } from '@/lib/errors';
import { PASSWORD_MIN } from '@/lib/validation';

import { checkCustomerStep, createCustomerAction, type ParentOption } from '../actions';
import { CustomerFields, type CustomerValues } from '../customer-fields';

type Props = { allowNoParent: boolean; defaultParent: ParentOption | null };

function Steps({ step }: { step: 1 | 2 }) {
  const item = (n: 1 | 2, label: string) => (
    <li
      aria-current={step === n ? 'step' : undefined}
      className={`flex items-center gap-2 ${step === n ? 'font-semibold text-brand-700' : 'text-slate-500'}`}
    >
      <span className={`flex h-6 w-6 items-center justify-center rounded-full text-xs ${step === n ? 'bg-brand-600 text-white' : 'bg-slate-200 text-slate-700'}`}>
        {n}
      </span>
      {label}
    </li>
  );
  return (
    <ol aria-label="Progress" className="flex flex-wrap gap-6 text-sm">
      {item(1, 'Customer information')}
      {item(2, 'User information')}
    </ol>
  );
}

function errorsOf(state: ActionResult | null) {
  return state && !state.ok ? state.fieldErrors : {};
}

function pick(errors: Record<string, string[] | undefined>, keys: string[]) {
  return Object.fromEntries(keys.filter((key) => errors[key]).map((key) => [key, errors[key]]));
}

type UserValues = { fullName: string; email: string; password: string; confirmPassword: string };
const NO_USER: UserValues = { fullName: '', email: '', password: '', confirmPassword: '' };

function FormMessage({ state }: { state: ActionResult | null }) {
  if (!state || state.ok) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
      {state.message}
    </p>
  );
}

export function AddCustomerWizard({ allowNoParent, defaultParent }: Props) {
  const [step, setStep] = useState<1 | 2>(1);
  const [values, setValues] = useState<CustomerValues>({ name: '', address: '', parent: defaultParent });
  // Controlled, because React clears uncontrolled fields after every action.
  const [user, setUser] = useState<UserValues>(NO_USER);
  const bindUser = (field: keyof UserValues) => ({
    name: field,
    value: user[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setUser({ ...user, [field]: event.target.value }),
  });
  const [checked, check, checking] = useActionState(checkCustomerStep, null);
  const [saved, save, saving] = useActionState(createCustomerAction, null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (checked?.ok) setStep(2);
  }, [checked]);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  // A customer field that fails on Save belongs to step 1: go back to show it.
  useEffect(() => {
    if (saved && !saved.ok && ['name', 'address', 'parentId'].some((f) => saved.fieldErrors[f])) {
      setStep(1);
    }
  }, [saved]);

  const stepTwoErrors = errorsOf(saved);
  const stepOneErrors = { ...errorsOf(checked), ...pick(stepTwoErrors, ['name', 'address', 'parentId']) };

  const hidden = (
    <>
      <input type="hidden" name="name" value={values.name} />
      <input type="hidden" name="address" value={values.address} />
      <input type="hidden" name="parentId" value={values.parent ? String(values.parent.id) : ''} />
    </>
  );

  return (
    <div className="card space-y-6 p-6">
      <Steps step={step} />
      {step === 1 ? (
        <form action={check} className="space-y-4" noValidate>
          <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            Step 1 · Customer information
          </h2>
          <FormMessage state={checked} />
          <CustomerFields
            values={values}
            onChange={setValues}
            errors={stepOneErrors}
            allowNoParent={allowNoParent}
          />
          <div className="flex justify-end gap-2 pt-2">
            <Link href="/customers" className="btn-secondary">Cancel</Link>
            <SubmitButton pendingText="Checking…" pending={checking}>Next</SubmitButton>
          </div>
        </form>
      ) : (
        <form action={save} className="space-y-4" noValidate>
          <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            Step 2 · User information
          </h2>
          <p className="text-sm text-slate-600">
            The first user of <strong className="break-words">{values.name}</strong>
            {values.parent ? (
              <>, under <strong className="break-words">{values.parent.name}</strong></>
            ) : (
              ', a top-level account'
            )}
            . They sign in with this email and password.
          </p>
          <FormMessage state={saved} />
          {hidden}
          <Field id="fullName" label="Full name" required errors={stepTwoErrors.fullName}>
            {(describedBy, invalid) => (
              <input id="fullName" {...bindUser('fullName')} className="input" maxLength={200} autoComplete="name" aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <Field id="email" label="Email" required errors={stepTwoErrors.email}>
            {(describedBy, invalid) => (
              <input id="email" {...bindUser('email')} type="email" className="input" maxLength={254} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <Field id="password" label="Password" required errors={stepTwoErrors.password} hint={`At least ${PASSWORD_MIN} characters.`}>
            {(describedBy, invalid) => (
              <input id="password" {...bindUser('password')} type="password" className="input" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <Field id="confirmPassword" label="Confirm password" required errors={stepTwoErrors.confirmPassword}>
            {(describedBy, invalid) => (
              <input id="confirmPassword" {...bindUser('confirmPassword')} type="password" className="input" autoComplete="new-password" aria-describedby={describedBy} aria-invalid={invalid} />
            )}
          </Field>
          <div className="flex justify-between gap-2 pt-2">
            <button type="button" className="btn-secondary" onClick={() => setStep(1)} disabled={saving}>
              Back
            </button>
            <SubmitButton pendingText="Saving…" pending={saving}>Save</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
