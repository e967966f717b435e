'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';

import { Field } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';

import { updateCustomerAction, type ParentOption } from '../../actions';
import { ParentPicker } from '../../parent-picker';

type Values = { name: string; address: string; parent: ParentOption | null };

type Props = { id: number; version: number; initial: Values; allowNoParent: boolean };

export function EditCustomerForm({ id, version, initial, allowNoParent }: Props) {
  const [values, setValues] = useState<Values>(initial);
  const [state, save, saving] = useActionState(updateCustomerAction.bind(null, id), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const stale = state && !state.ok && state.code === 'conflict';

  return (
    <form action={save} className="card space-y-4 p-6" noValidate>
      {state && !state.ok && (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          <p>{state.message}</p>
          {stale && (
            <a href={`/customers/${id}/edit`} className="mt-2 inline-block font-medium underline">
              Reload the latest version
            </a>
          )}
        </div>
      )}
      <input type="hidden" name="version" value={version} />
      <Field id="name" label="Name" required errors={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="name"
            name="name"
            className="input"
            maxLength={200}
            value={values.name}
            onChange={(event) => setValues({ ...values, name: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="address" label="Address" required errors={errors.address}>
        {(describedBy, invalid) => (
          <textarea
            id="address"
            name="address"
            rows={3}
            maxLength={1000}
            className="input"
            value={values.address}
            onChange={(event) => setValues({ ...values, address: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <ParentPicker
        value={values.parent}
        onChange={(parent) => setValues({ ...values, parent })}
        allowNone={allowNoParent}
        excludeSubtreeOf={id}
        errors={errors.parentId}
      />
      <div className="flex justify-end gap-2 pt-2">
        <Link href={`/customers/${id}`} className="btn-secondary">Cancel</Link>
        <SubmitButton pendingText="Saving…" pending={saving}>Save</SubmitButton>
      </div>
    </form>
  );
}
