import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Link } from '@/components/link';
import { getDb } from '@/db';
import { canManage, manageRefusal } from '@/lib/authz';
import { findVisibleCustomer } from '@/lib/customers';
import { parseId } from '@/lib/list-params';
import { orNotFound, requireActor } from '@/lib/session';

import { EditCustomerForm } from './edit-customer-form';

export const metadata: Metadata = { title: 'Update Customer' };

type Props = { params: Promise<{ id: string }> };

export default async function EditCustomerPage({ params }: Props) {
  const { id: raw } = await params;
  const actor = await requireActor(`/customers/${encodeURIComponent(raw)}/edit`);
  const id = parseId(raw);
  if (!id) notFound();
  const customer = await orNotFound(findVisibleCustomer(await getDb(), actor, id));
  const back = (
    <Link href={`/customers/${id}`} className="text-sm text-brand-700 hover:underline">
      ← {customer.name}
    </Link>
  );
  if (!canManage(actor, customer)) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        {back}
        <div className="card p-6">
          <h1 className="text-xl font-semibold">Update Customer</h1>
          <p className="mt-2 text-sm text-slate-600">
            {manageRefusal(actor)}
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        {back}
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Update Customer</h1>
      </div>
      <EditCustomerForm
        id={customer.id}
        version={customer.version}
        initial={{
          name: customer.name,
          address: customer.address,
          parent: customer.parentId && customer.parentName
            ? { id: customer.parentId, name: customer.parentName }
            : null,
        }}
        allowNoParent={actor.role === 'admin'}
      />
    </div>
  );
}
