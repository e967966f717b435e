import type { Metadata } from 'next';

import { Link } from '@/components/link';
import { canWrite } from '@/lib/authz';
import { requireActor } from '@/lib/session';

import { AddCustomerWizard } from './add-customer-wizard';

export const metadata: Metadata = { title: 'Add customer' };

export default async function NewCustomerPage() {
  const actor = await requireActor('/customers/new');
  if (!canWrite(actor)) {
    return (
      <div className="card mx-auto max-w-xl p-6">
        <h1 className="text-xl font-semibold">Add customer</h1>
        <p className="mt-2 text-sm text-slate-600">Support accounts are read-only and cannot add customers.</p>
        <Link href="/customers" className="btn-secondary mt-4">Back to List Customer</Link>
      </div>
    );
  }
  const ownAccount =
    actor.role === 'customer' && actor.customerId && actor.customerName
      ? { id: actor.customerId, name: actor.customerName }
      : null;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <Link href="/customers" className="text-sm text-brand-700 hover:underline">← List Customer</Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Add customer</h1>
      </div>
      <AddCustomerWizard allowNoParent={actor.role === 'admin'} defaultParent={ownAccount} />
    </div>
  );
}
