'use client';

import { Field } from '@/components/field';
import type { FieldErrors } from '@/lib/validation';

import type { ParentOption } from './actions';
import { ParentPicker } from './parent-picker';

export type CustomerValues = { name: string; address: string; parent: ParentOption | null };

type Props = {
  values: CustomerValues;
  onChange: (values: CustomerValues) => void;
  errors: FieldErrors;
  allowNoParent: boolean;
  /** When editing: the customer, whose subtree cannot be its parent. */
  excludeSubtreeOf?: number;
};

/** Name, address and parent account: step 1 of Add and the Update form. */
export function CustomerFields({ values, onChange, errors, allowNoParent, excludeSubtreeOf }: Props) {
  return (
    <>
      <Field id="name" label="Name" required errors={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="name"
            name="name"
            className="input"
            maxLength={200}
            value={values.name}
            onChange={(event) => onChange({ ...values, name: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="organization"
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
            onChange={(event) => onChange({ ...values, address: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="street-address"
          />
        )}
      </Field>
      <ParentPicker
        value={values.parent}
        onChange={(parent) => onChange({ ...values, parent })}
        allowNone={allowNoParent}
        excludeSubtreeOf={excludeSubtreeOf}
        errors={errors.parentId}
      />
    </>
  );
}
