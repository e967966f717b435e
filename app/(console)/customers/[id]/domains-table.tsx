import type { listDomainsPage } from '@/db/queries/domain-list';

type Row = Awaited<ReturnType<typeof listDomainsPage>>[number];

const CACHE = { off: 'Off', standard: 'Standard', aggressive: 'Aggressive' };
const REDIRECT = {
  none: 'None',
  http_to_https: 'HTTP → HTTPS',
  www_to_apex: 'www → apex',
  apex_to_www: 'apex → www',
};
const WAF = { off: 'Off', detect: 'Detect', block: 'Block' };

function expiryClass(date: string | null, today: string) {
  if (!date) return 'text-slate-400';
  return date < today ? 'text-red-700' : 'text-slate-700';
}

/** A customer's domains with the columns of its CSV file. */
export function DomainsTable({ rows, customerName }: { rows: Row[]; customerName: string }) {
  const today = new Date().toISOString().slice(0, 10);
  const headers = ['Host', 'HTTP Ports', 'Scheme', 'Customer Name', 'Origin', 'Origin Port', 'Cache Configuration', 'Redirection', 'SSL Expired Date', 'TLS Protocol', 'WAF Configuration'];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="table-head">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="whitespace-nowrap px-3 py-2.5">{header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 font-medium">{row.host}</td>
              <td className="px-3 py-2 tabular-nums">{row.httpPorts.join(' ')}</td>
              <td className="px-3 py-2 uppercase">{row.scheme}</td>
              <td className="max-w-48 truncate px-3 py-2" title={customerName}>{customerName}</td>
              <td className="px-3 py-2">{row.originHost}</td>
              <td className="px-3 py-2 tabular-nums">{row.originPort}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {CACHE[row.cacheMode]}
                {row.cacheTtlSeconds ? ` · ${row.cacheTtlSeconds.toLocaleString('en')} s` : ''}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{REDIRECT[row.redirectMode]}</td>
              <td className={`whitespace-nowrap px-3 py-2 tabular-nums ${expiryClass(row.certExpiresOn, today)}`}>
                {row.certExpiresOn ?? 'No certificate'}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{row.tlsProtocols.join(' ')}</td>
              <td className="px-3 py-2">{WAF[row.wafMode]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
