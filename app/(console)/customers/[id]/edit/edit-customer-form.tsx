'use client';

import { useActionState, useState } from 'react';

import { Link } from '@/components/link';
import { SubmitButton } from '@/components/submit-button';

import { updateCustomerAction } from '../../actions';
import { CustomerFields, type CustomerValues } from '../../customer-fields';

type Props = { id: number; version: number; initial: CustomerValues; allowNoParent: boolean };

export function EditCustomerForm({ id, version, initial, allowNoParent }: Props) {
  const [values, setValues] = useState<CustomerValues>(initial);
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
      <CustomerFields
        values={values}
        onChange={setValues}
        errors={errors}
        allowNoParent={allowNoParent}
        excludeSubtreeOf={id}
      />
      <div className="flex justify-end gap-2 pt-2">
        <Link href={`/customers/${id}`} className="btn-secondary">Cancel</Link>
        <SubmitButton pendingText="Saving…" pending={saving}>Save</SubmitButton>
      </div>
    </form>
  );
}
