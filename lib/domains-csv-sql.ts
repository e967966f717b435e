import {
  CACHE_LABELS,
  ORIGIN_TTL,
  REDIRECT_LABELS,
  SCHEME_LABELS,
  WAF_LABELS,
} from '@/lib/domains-csv-columns';

/**
 * The domain CSV rendered by PostgreSQL itself, so the fast path can pass
 * COPY output straight through. Every rule here mirrors domainCells() plus
 * fast-csv's quoting, which quotes a field holding `"`, `,`, `|`, CR or LF
 * and doubles its quotes. The byte-identity test keeps the two in step.
 */

/** Fields holding one of these are quoted by fast-csv. */
const QUOTE_TRIGGERS = ['"', ',', '|', '\r', '\n'];

export function sqlLiteral(text: string): string {
  if (text.includes('\0')) throw new Error('NUL cannot appear in SQL text');
  return `'${text.replaceAll("'", "''")}'`;
}

/** A constant field exactly as fast-csv writes it, as a SQL literal. */
function fieldLiteral(text: string): string {
  const quoted = QUOTE_TRIGGERS.some((c) => text.includes(c))
    ? `"${text.replaceAll('"', '""')}"`
    : text;
  return sqlLiteral(quoted);
}

function needsQuotes(column: string): string {
  return QUOTE_TRIGGERS.map(
    (c) => `strpos(${column}, ${sqlLiteral(c)})`,
  ).join(' + ') + ' > 0';
}

/**
 * A free-text column with the formula guard and quoting applied. The guard
 * adds no quote trigger, so deciding on the raw value is the same.
 */
function textField(column: string): string {
  const guard =
    `case when left(${column}, 1) in ('=', '+', '-', '@', E'\\t', E'\\r') ` +
    `then '''' else '' end`;
  return (
    `case when ${needsQuotes(column)} ` +
    `then '"' || ${guard} || replace(${column}, '"', '""') || '"' ` +
    `else ${guard} || ${column} end`
  );
}

function labelField(column: string, labels: Record<string, string>): string {
  const arms = Object.entries(labels).map(
    ([value, label]) => `when ${sqlLiteral(value)} then ${fieldLiteral(label)}`,
  );
  return `case ${column} ${arms.join(' ')} end`;
}

/** Mirrors cacheCell(); every non-off value holds ", " so is quoted. */
function cacheField(mode: string, ttl: string): string {
  const arms = Object.entries(CACHE_LABELS)
    .filter(([value]) => value !== 'off')
    .map(([value, label]) => `when ${sqlLiteral(value)} then ` +
      `${sqlLiteral(`"${label}, `)} || ` +
      `coalesce('TTL ' || ${ttl} || 's', ${sqlLiteral(ORIGIN_TTL)}) || '"'`);
  return `case ${mode} when 'off' then ${fieldLiteral(CACHE_LABELS.off)} ` +
    `${arms.join(' ')} end`;
}

function customerNameField(customerId: number): string {
  return `(select ${textField('c.name')} from customers c ` +
    `where c.id = ${customerId})`;
}

/** One CSV record, CRLF included, for the domains row aliased `d`. */
function lineExpression(customerId: number): string {
  const fields = [
    textField('d.host'),
    `array_to_string(d.http_ports, ' ')`,
    labelField('d.scheme', SCHEME_LABELS),
    customerNameField(customerId),
    textField('d.origin_host'),
    `d.origin_port::text`,
    cacheField('d.cache_mode', 'd.cache_ttl_seconds'),
    labelField('d.redirect_mode', REDIRECT_LABELS),
    // The session runs with DateStyle ISO, so this is YYYY-MM-DD.
    `coalesce(d.cert_expires_on::text, '')`,
    `array_to_string(d.tls_protocols, ' ')`,
    labelField('d.waf_mode', WAF_LABELS),
  ];
  return `${fields.join(` || ',' || `)} || E'\\r\\n'`;
}

/**
 * One keyset page as a binary COPY of (host, line). Binary format passes the
 * line through untouched, unlike text or CSV COPY, which would escape it.
 * COPY takes no bind parameters, hence the literals; the id is an integer.
 */
export function domainsCopyPage(
  customerId: number,
  afterHost: string | null,
  limit: number,
): string {
  if (!Number.isSafeInteger(customerId) || !Number.isSafeInteger(limit)) {
    throw new Error('customer id and limit must be integers');
  }
  const after = afterHost === null ? '' : `and d.host > ${sqlLiteral(afterHost)}`;
  return (
    `copy (select d.host, ${lineExpression(customerId)} ` +
    `from domains d where d.customer_id = ${customerId} ${after} ` +
    `order by d.host limit ${limit}) to stdout (format binary)`
  );
}
