import type { listDomainsPage } from '@/db/queries/domain-list';
import {
  cacheCell,
  DOMAIN_CSV_HEADER,
  REDIRECT_LABELS,
  SCHEME_LABELS,
  WAF_LABELS,
} from '@/lib/domains-csv-columns';

type Row = Awaited<ReturnType<typeof listDomainsPage>>[number];

/** A customer's domains with the columns and wording of its CSV file. */
export function DomainsTable({ rows, customerName }: { rows: Row[]; customerName: string }) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    // Focusable so keyboard users can scroll the wide table sideways.
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Domains of ${customerName}`}>
      <table className="min-w-full divide-y divide-slate-200 text-xs">
        <thead className="table-head">
          <tr>
            {DOMAIN_CSV_HEADER.map((header) => (
              <th key={header} scope="col" className="whitespace-nowrap px-2 py-2.5">{header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const expired = row.certExpiresOn !== null && row.certExpiresOn < today;
            return (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="whitespace-nowrap px-2 py-1.5 font-medium">{row.host}</td>
                <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">{row.httpPorts.join(' ')}</td>
                <td className="px-2 py-1.5">{SCHEME_LABELS[row.scheme]}</td>
                <td className="max-w-28 truncate px-2 py-1.5" title={customerName}>{customerName}</td>
                <td className="whitespace-nowrap px-2 py-1.5">{row.originHost}</td>
                <td className="px-2 py-1.5 tabular-nums">{row.originPort}</td>
                <td className="whitespace-nowrap px-2 py-1.5">{cacheCell(row.cacheMode, row.cacheTtlSeconds)}</td>
                <td className="whitespace-nowrap px-2 py-1.5">{REDIRECT_LABELS[row.redirectMode]}</td>
                <td className={`whitespace-nowrap px-2 py-1.5 tabular-nums ${expired ? 'text-red-700' : ''}`}>
                  {row.certExpiresOn ?? <span className="text-slate-500">no certificate</span>}
                  {expired && <span className="sr-only"> (expired)</span>}
                </td>
                <td className="whitespace-nowrap px-2 py-1.5">{row.tlsProtocols.join(' ')}</td>
                <td className="px-2 py-1.5">{WAF_LABELS[row.wafMode]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
