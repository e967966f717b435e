import { parse } from 'csv-parse/sync';

import { DOMAIN_CSV_HEADER } from '@/lib/domains-csv-columns';

export const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export async function collect(chunks: AsyncIterable<Uint8Array>) {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/**
 * Parses with csv-parse, an independent RFC 4180 parser, accepting only CRLF
 * between records: a bare LF outside quotes breaks the column count.
 */
export function parseCsv(bytes: Buffer): string[][] {
  if (!bytes.subarray(0, 3).equals(BOM)) throw new Error('no BOM');
  const text = bytes.subarray(3).toString('utf8');
  if (!text.endsWith('\r\n')) throw new Error('last record lacks CRLF');
  return parse(text, {
    record_delimiter: '\r\n',
    relax_quotes: false,
    bom: false,
  }) as string[][];
}

export function parseBody(bytes: Buffer) {
  const [header, ...rows] = parseCsv(bytes);
  expect(header).toEqual([...DOMAIN_CSV_HEADER]);
  return rows;
}
