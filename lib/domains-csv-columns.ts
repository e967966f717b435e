import type { Domain } from '@/db/schema';

/**
 * The one definition of the domain CSV's columns and their renderings. The
 * portable path renders rows here in TypeScript; the PostgreSQL path renders
 * them in SQL built from the same tables below, and a test compares the
 * bytes of both. docs/csv-format.md documents every column.
 */
export const DOMAIN_CSV_HEADER = [
  'Host',
  'HTTP Ports',
  'Scheme',
  'Customer Name',
  'Origin',
  'Origin Port',
  'Cache Configuration',
  'Redirection',
  'SSL Expired Date',
  'TLS Protocol',
  'WAF Configuration',
] as const;

export const SCHEME_LABELS: Record<Domain['scheme'], string> = {
  http: 'http',
  https: 'https',
};

export const CACHE_LABELS: Record<Domain['cacheMode'], string> = {
  off: 'off',
  standard: 'standard',
  aggressive: 'aggressive',
};

/** Said after the cache mode when no TTL is set: origin headers decide. */
export const ORIGIN_TTL = 'origin TTL';

export const REDIRECT_LABELS: Record<Domain['redirectMode'], string> = {
  none: 'none',
  http_to_https: 'HTTP to HTTPS',
  www_to_apex: 'www to apex',
  apex_to_www: 'apex to www',
};

export const WAF_LABELS: Record<Domain['wafMode'], string> = {
  off: 'off',
  detect: 'detect only',
  block: 'block',
};

/** Spreadsheets run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function cacheCell(
  mode: Domain['cacheMode'],
  ttlSeconds: number | null,
): string {
  if (mode === 'off') return CACHE_LABELS.off;
  const ttl = ttlSeconds === null ? ORIGIN_TTL : `TTL ${ttlSeconds}s`;
  return `${CACHE_LABELS[mode]}, ${ttl}`;
}

export type DomainCsvRow = Pick<
  Domain,
  | 'host'
  | 'httpPorts'
  | 'scheme'
  | 'originHost'
  | 'originPort'
  | 'cacheMode'
  | 'cacheTtlSeconds'
  | 'redirectMode'
  | 'certExpiresOn'
  | 'tlsProtocols'
  | 'wafMode'
>;

/** One CSV record's cells, before RFC 4180 quoting. */
export function domainCells(
  row: DomainCsvRow,
  customerName: string,
): Array<string | number> {
  return [
    guardFormula(row.host),
    row.httpPorts.join(' '),
    SCHEME_LABELS[row.scheme],
    guardFormula(customerName),
    guardFormula(row.originHost),
    row.originPort,
    cacheCell(row.cacheMode, row.cacheTtlSeconds),
    REDIRECT_LABELS[row.redirectMode],
    row.certExpiresOn ?? '',
    row.tlsProtocols.join(' '),
    WAF_LABELS[row.wafMode],
  ];
}
