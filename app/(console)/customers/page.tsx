import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { EmptyState } from '@/components/empty-state';
import { IconLink } from '@/components/icon-button';
import { DownloadIcon, EditIcon, SortIcon } from '@/components/icons';
import { Link } from '@/components/link';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { getDb } from '@/db';
import { CUSTOMER_SORTS, type CustomerRow, type CustomerSort } from '@/db/queries/customers';
import { canWrite, type Actor } from '@/lib/authz';
import { listHref, PAGE_SIZE, pageBeyondEnd, readListParams } from '@/lib/list-params';
import { loadCustomerList } from '@/lib/page-data';
import { requireActor } from '@/lib/session';

import { DeleteCustomerButton, DeleteCustomerDialog } from './delete-customer-button';

export const metadata: Metadata = { title: 'List Customer' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEFAULT_SORT: CustomerSort = 'name';

function SortHeader({
  label,
  column,
  current,
  href,
  className = '',
}: {
  label: string;
  column: string;
  current: CustomerSort;
  href: (sort: string) => string;
  className?: string;
}) {
  const active = current.replace('-', '') === column;
  const descending = current.startsWith('-');
  const nextSort = active && !descending ? `-${column}` : column;
  return (
    <th
      scope="col"
      className={`px-4 py-3 ${className}`}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      <Link href={href(nextSort)} className="inline-flex items-center gap-1 hover:text-slate-900">
        {label}
        <SortIcon
          className={`h-3.5 w-3.5 ${active ? 'text-brand-600' : 'text-slate-400'}`}
          direction={active ? (descending ? 'desc' : 'asc') : undefined}
        />
        <span className="sr-only">{active ? `, sorted ${descending ? 'descending' : 'ascending'}` : ', sortable'}</span>
      </Link>
    </th>
  );
}

function RowActions({ actor, row }: { actor: Actor; row: CustomerRow }) {
  const manage =
    actor.role === 'admin' || (actor.role === 'customer' && row.id !== actor.customerId);
  return (
    <div className="flex justify-end gap-0.5">
      {manage && (
        <IconLink href={`/customers/${row.id}/edit`} label={`Edit ${row.name}`} tooltip="Edit" icon={<EditIcon />} />
      )}
      <IconLink
        href={`/customers/${row.id}/domains.csv`}
        download
        label={`Download domains of ${row.name}`}
        tooltip="Download CSV"
        icon={<DownloadIcon />}
      />
      {manage && <DeleteCustomerButton id={row.id} name={row.name} />}
    </div>
  );
}

export default async function CustomersPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = readListParams(raw, CUSTOMER_SORTS, DEFAULT_SORT);
  const actor = await requireActor(
    listHref('/customers', params, {}, { sort: DEFAULT_SORT }),
  );
  const { rows, total } = await loadCustomerList(await getDb(), actor, params);
  const href = (change: { q?: string; page?: number; sort?: string }) =>
    listHref('/customers', params, change, { sort: DEFAULT_SORT });
  // A stale bookmark, or the last row of the last page deleted.
  const last = pageBeyondEnd(params.page, total);
  if (last !== null) redirect(href({ page: last }));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">List Customer</h1>
          <p className="mt-1 text-sm text-slate-600">
            Customer accounts{actor.role === 'customer' ? ' you manage' : ''}, their users and domains.
          </p>
        </div>
        {canWrite(actor) && (
          <Link href="/customers/new" className="btn-primary">
            +Add
          </Link>
        )}
      </div>
      <SearchForm
        action="/customers"
        q={params.q}
        label="Search customers by name or domain host"
        placeholder="Customer name or domain, e.g. www.example.com"
        keep={{ sort: params.sort === DEFAULT_SORT ? undefined : params.sort }}
      />
      <DeleteCustomerDialog>
        <div className="card overflow-hidden">
          <div className="relative overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="table-head">
                <tr>
                  <SortHeader label="Name" column="name" current={params.sort} href={(sort) => href({ sort, page: 1 })} />
                  <th scope="col" className="hidden md:table-cell px-4 py-3">Address</th>
                  <SortHeader label="Parent account" column="parent" current={params.sort} href={(sort) => href({ sort, page: 1 })} className="hidden md:table-cell" />
                  <SortHeader label="Domains" column="domains" current={params.sort} href={(sort) => href({ sort, page: 1 })} />
                  <th scope="col" className="hidden md:table-cell px-4 py-3 text-right">Users</th>
                  <SortHeader label="Created" column="created" current={params.sort} href={(sort) => href({ sort, page: 1 })} className="hidden md:table-cell" />
                  <th scope="col" className="px-4 py-3 text-right">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id} className="hover:bg-slate-50" data-testid="customer-row">
                    <td className="min-w-40 max-w-64 px-4 py-2.5 font-medium">
                      <Link href={`/customers/${row.id}`} className="break-words text-brand-700 hover:underline">
                        {row.name}
                      </Link>
                    </td>
                    <td className="hidden md:table-cell max-w-72 px-4 py-2.5 text-slate-600">
                      <span className="line-clamp-2 whitespace-pre-line break-words" title={row.address}>
                        {row.address}
                      </span>
                    </td>
                    <td className="hidden md:table-cell max-w-56 px-4 py-2.5 text-slate-600">
                      {row.parentName ?? (
                        <span className="text-slate-500">
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">None</span>
                        </span>
                      )}
                    </td>
                    <td className="px-4 py-2.5 text-right tabular-nums">{row.domainCount.toLocaleString('en')}</td>
                    <td className="hidden md:table-cell px-4 py-2.5 text-right tabular-nums">{row.userCount.toLocaleString('en')}</td>
                    <td className="hidden md:table-cell whitespace-nowrap px-4 py-2.5 text-slate-600">
                      <time dateTime={row.createdAt.toISOString()}>{row.createdAt.toISOString().slice(0, 10)}</time>
                    </td>
                    <td className="px-2 py-1">
                      <RowActions actor={actor} row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 && (
            <EmptyState title={params.q ? `No customer matches “${params.q}”` : 'No customers yet'}>
              {params.q
                ? 'Search looks at customer names and at the hosts of their domains.'
                : canWrite(actor) && 'Use “+Add” to create the first one.'}
            </EmptyState>
          )}
        </div>
      </DeleteCustomerDialog>
      <Pagination
        page={params.page}
        pageSize={PAGE_SIZE}
        total={total}
        noun="customer"
        href={(page) => href({ page })}
      />
    </div>
  );
}
