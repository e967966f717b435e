import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { EmptyState } from '@/components/empty-state';
import { Link } from '@/components/link';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { getDb } from '@/db';
import { listHref, PAGE_SIZE, pageBeyondEnd, readListParams } from '@/lib/list-params';
import { loadUserList } from '@/lib/page-data';
import { requireActor } from '@/lib/session';

import { DisableUserButton } from './disable-user-button';

export const metadata: Metadata = { title: 'List User' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROLE_STYLE = {
  admin: 'bg-violet-50 text-violet-800 ring-violet-200',
  support: 'bg-sky-50 text-sky-800 ring-sky-200',
  customer: 'bg-slate-50 text-slate-700 ring-slate-200',
};

export default async function UsersPage({ searchParams }: Props) {
  const params = readListParams(await searchParams, ['name'], 'name');
  const actor = await requireActor(listHref('/users', params, {}, { sort: 'name' }));
  const { rows, total } = await loadUserList(await getDb(), actor, params);
  const last = pageBeyondEnd(params.page, total);
  if (last !== null) redirect(listHref('/users', params, { page: last }, { sort: 'name' }));
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">List User</h1>
        <p className="mt-1 text-sm text-slate-600">People who can sign in, with their role and customer.</p>
      </div>
      <SearchForm action="/users" q={params.q} label="Search users by name, email or customer" placeholder="Name, email or customer" />
      <div className="card overflow-hidden">
        <div className="relative overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="table-head">
              <tr>
                <th scope="col" className="px-4 py-3">Full name</th>
                <th scope="col" className="hidden md:table-cell px-4 py-3">Email</th>
                <th scope="col" className="px-4 py-3">Role</th>
                <th scope="col" className="px-4 py-3">Customer</th>
                <th scope="col" className="hidden md:table-cell px-4 py-3">Created</th>
                {actor.role === 'admin' && (
                  <th scope="col" className="px-4 py-3 text-right">
                    <span className="sr-only">Access</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50" data-testid="user-row">
                  <td className="px-4 py-2.5 font-medium">
                    {row.fullName}
                    {row.disabled && <span className="ml-2 text-xs text-red-700">disabled</span>}
                    <div className="break-all text-xs font-normal text-slate-600 md:hidden">{row.email}</div>
                  </td>
                  <td className="hidden md:table-cell px-4 py-2.5 text-slate-700">{row.email}</td>
                  <td className="px-4 py-2.5">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${ROLE_STYLE[row.role]}`}>{row.role}</span>
                  </td>
                  <td className="px-4 py-2.5">
                    {row.customerId ? (
                      <Link href={`/customers/${row.customerId}`} className="text-brand-700 hover:underline">{row.customerName}</Link>
                    ) : (
                      <span className="text-slate-500">Provider staff</span>
                    )}
                  </td>
                  <td className="hidden md:table-cell whitespace-nowrap px-4 py-2.5 text-slate-600">{row.createdAt.toISOString().slice(0, 10)}</td>
                  {actor.role === 'admin' && (
                    <td className="px-4 py-1.5 text-right">
                      {row.id !== actor.id && (
                        <DisableUserButton id={row.id} email={row.email} disabled={row.disabled} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows.length === 0 && (
          <EmptyState title={params.q ? `No user matches “${params.q}”` : 'No users yet'} />
        )}
      </div>
      <Pagination page={params.page} pageSize={PAGE_SIZE} total={total} noun="user" href={(page) => listHref('/users', params, { page }, { sort: 'name' })} />
    </div>
  );
}
