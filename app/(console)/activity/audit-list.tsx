import { getDb } from '@/db';
import type { listAudit } from '@/db/queries/audit';
import { getCustomerNames } from '@/db/queries/customers';

type Entry = Awaited<ReturnType<typeof listAudit>>[number];

const VERBS: Record<string, string> = {
  'customer.create': 'created customer',
  'customer.update': 'updated customer',
  'customer.delete': 'deleted customer',
  'user.create': 'created user',
  'user.update': 'updated user',
  'user.delete': 'deleted user',
};

type Snapshot = Record<string, unknown> | null;

function label(entry: Entry) {
  const after = entry.after as Snapshot;
  const before = entry.before as Snapshot;
  const named = after ?? before;
  const name = named?.name ?? named?.email ?? `#${entry.entityId}`;
  return String(name);
}

function changes(entry: Entry) {
  if (!entry.action.endsWith('.update')) return [];
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return Object.keys(after)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => ({ key, from: before[key], to: after[key] }));
}

const LABELS: Record<string, string> = {
  name: 'name',
  address: 'address',
  parentId: 'parent account',
  disabled: 'disabled',
};

type Names = Map<number, string>;

function show(key: string, value: unknown, names: Names) {
  if (value === null || value === undefined) return key === 'parentId' ? 'none' : '—';
  if (key === 'parentId') {
    const id = Number(value);
    return names.get(id) ?? `#${id} (deleted)`;
  }
  return String(value);
}

/** Names of the parent accounts the entries mention, in one query. */
async function parentNames(entries: Entry[]): Promise<Names> {
  const ids = new Set<number>();
  for (const entry of entries) {
    for (const snapshot of [entry.before, entry.after] as Snapshot[]) {
      const id = snapshot?.parentId;
      if (typeof id === 'number') ids.add(id);
    }
  }
  const rows = await getCustomerNames(await getDb(), [...ids]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Who did what and when; updates list each field's old and new value. */
export async function AuditList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) {
    return <p className="px-4 py-6 text-sm text-slate-600">No recorded activity.</p>;
  }
  const names = await parentNames(entries);
  return (
    <ol className="divide-y divide-slate-100 text-sm" data-testid="audit-list">
      {entries.map((entry) => (
        <li key={entry.id} className="px-4 py-2.5">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <time className="tabular-nums text-slate-500" dateTime={entry.at.toISOString()}>
              {entry.at.toISOString().replace('T', ' ').slice(0, 19)} UTC
            </time>
            <span className="font-medium">{entry.actorEmail ?? 'command line'}</span>
            <span>{VERBS[entry.action] ?? entry.action}</span>
            <span className="break-words font-medium">{label(entry)}</span>
          </div>
          {changes(entry).map((change) => (
            <p key={change.key} className="mt-0.5 break-words pl-4 text-slate-600">
              {LABELS[change.key] ?? change.key}:{' '}
              <del className="text-red-700">{show(change.key, change.from, names)}</del> →{' '}
              <ins className="text-emerald-700 no-underline">{show(change.key, change.to, names)}</ins>
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
