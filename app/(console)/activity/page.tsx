import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getDb } from '@/db';
import { listAudit } from '@/db/queries/audit';
import { readListParams } from '@/lib/list-params';
import { requireActor } from '@/lib/session';

import { AuditList } from './audit-list';

export const metadata: Metadata = { title: 'Activity' };

const PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivityPage({ searchParams }: Props) {
  const { page } = readListParams(await searchParams, ['at'], 'at');
  const actor = await requireActor(page > 1 ? `/activity?page=${page}` : '/activity');
  if (actor.role !== 'admin') notFound();
  const rows = await listAudit(await getDb(), { page, pageSize: PAGE });
  const more = rows.length > PAGE;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <p className="mt-1 text-sm text-slate-600">Every change to customers and users, newest first.</p>
      </div>
      <div className="card overflow-hidden">
        <AuditList entries={rows.slice(0, PAGE)} />
      </div>
      <nav aria-label="Pagination" className="flex justify-end gap-2 text-sm">
        {page > 1 && <a className="btn-secondary" href={page === 2 ? '/activity' : `/activity?page=${page - 1}`}>Newer</a>}
        {more && <a className="btn-secondary" href={`/activity?page=${page + 1}`}>Older</a>}
      </nav>
    </div>
  );
}
