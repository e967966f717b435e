import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { EmptyState } from '@/components/empty-state';
import { IconLink } from '@/components/icon-button';
import { DownloadIcon, EditIcon } from '@/components/icons';
import { Link } from '@/components/link';
import { Pagination } from '@/components/pagination';
import { SearchForm } from '@/components/search-form';
import { getDb } from '@/db';
import { canManage, type Actor } from '@/lib/authz';
import { listHref, PAGE_SIZE, parseId, readListParams } from '@/lib/list-params';
import { loadCustomerDetail, visibleAncestors } from '@/lib/page-data';
import { orNotFound, requireActor } from '@/lib/session';

import { AuditList } from '../../activity/audit-list';
import { DeleteCustomerButton, DeleteCustomerDialog } from '../delete-customer-button';
import { DomainsTable } from './domains-table';

export const metadata: Metadata = { title: 'Customer' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Section({ title, count, children }: { title: string; count?: number; children: React.ReactNode }) {
  return (
    <section className="card overflow-hidden" aria-labelledby={`${title}-heading`}>
      <h2 id={`${title}-heading`} className="border-b border-slate-200 px-4 py-3 text-base font-semibold">
        {title}
        {count !== undefined && (
          <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
            {count.toLocaleString('en')}
          </span>
        )}
      </h2>
      {children}
    </section>
  );
}

function Breadcrumbs({
  actor,
  ancestors,
  ancestorNames,
}: {
  actor: Actor;
  ancestors: number[];
  ancestorNames: { id: number; name: string }[];
}) {
  const above = visibleAncestors(actor, ancestors);
  const names = new Map(ancestorNames.map((row) => [row.id, row.name]));
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/customers" className="text-brand-700 hover:underline">List Customer</Link>
        </li>
        {above.map((id) => (
          <li key={id} className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            <Link href={`/customers/${id}`} className="text-brand-700 hover:underline">{names.get(id)}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export default async function CustomerPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const actor = await requireActor(`/customers/${encodeURIComponent(raw)}`);
  const id = parseId(raw);
  if (!id) notFound();
  const { page, q } = readListParams(await searchParams, ['host'], 'host');
  const { customer, children, members, domainRows, audit, ancestorNames, domainTotal } =
    await orNotFound(loadCustomerDetail(await getDb(), actor, id, page, q));
  const domainsHref = (p: number) =>
    listHref(`/customers/${id}`, { q, page: p }, {}, { sort: 'host' });
  const manage = canManage(actor, customer);

  return (
    <div className="space-y-5">
      <Breadcrumbs actor={actor} ancestors={customer.ancestors} ancestorNames={ancestorNames} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{customer.name}</h1>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-600">{customer.address}</p>
          <p className="mt-2 text-sm text-slate-600">
            Parent account:{' '}
            {customer.parentId && visibleAncestors(actor, customer.ancestors).includes(customer.parentId) ? (
              <Link href={`/customers/${customer.parentId}`} className="text-brand-700 hover:underline">
                {customer.parentName}
              </Link>
            ) : (
              <span className="text-slate-500">{customer.parentId ? 'your provider' : 'none (top-level)'}</span>
            )}
          </p>
        </div>
        <div className="flex items-center gap-1">
          {manage && <IconLink href={`/customers/${id}/edit`} label={`Edit ${customer.name}`} tooltip="Edit" icon={<EditIcon />} />}
          <IconLink href={`/customers/${id}/domains.csv`} download label={`Download domains of ${customer.name}`} tooltip="Download CSV" icon={<DownloadIcon />} />
          {manage && (
            <DeleteCustomerDialog afterDelete="/customers">
              <DeleteCustomerButton id={id} name={customer.name} />
            </DeleteCustomerDialog>
          )}
        </div>
      </div>

      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Sub-accounts" count={children.total}>
          {children.total === 0 ? (
            <EmptyState title="No sub-accounts" />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {children.rows.map((child) => (
                <li key={child.id} className="px-4 py-2">
                  <Link href={`/customers/${child.id}`} className="text-brand-700 hover:underline">{child.name}</Link>
                </li>
              ))}
              {children.total > children.rows.length && (
                <li className="px-4 py-2 text-slate-500">
                  and {(children.total - children.rows.length).toLocaleString('en')} more
                </li>
              )}
            </ul>
          )}
        </Section>
        <Section title="Users" count={customer.userCount}>
          {members.length === 0 ? (
            <EmptyState title="No users" />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {members.map((member) => (
                <li key={member.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                  <span className="font-medium">{member.fullName}</span>
                  <span className="break-all text-slate-600">{member.email}{member.disabled ? ' · disabled' : ''}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>

      <Section title="Domains" count={customer.domainCount}>
        {customer.domainCount === 0 ? (
          <EmptyState title="No domains on the edge network yet" />
        ) : (
          <>
            <div className="border-b border-slate-200 px-4 py-3">
              <SearchForm
                action={`/customers/${id}`}
                q={q}
                label="Search this customer's domains by host"
                placeholder="Host, e.g. www.example.com"
              />
            </div>
            {domainRows.length === 0 ? (
              <EmptyState title={`No domain matches “${q}”`} />
            ) : (
              <DomainsTable rows={domainRows} customerName={customer.name} />
            )}
            <div className="border-t border-slate-200 px-4 py-3">
              <Pagination page={page} pageSize={PAGE_SIZE} total={domainTotal} noun="domain" href={domainsHref} />
            </div>
          </>
        )}
      </Section>

      {audit && (
        <Section title="Activity">
          <AuditList entries={audit.slice(0, 20)} />
        </Section>
      )}
    </div>
  );
}
