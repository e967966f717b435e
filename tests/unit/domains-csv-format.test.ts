import { ChunkCoalescer } from '@/lib/chunk-coalescer';
import { CopyBinaryReader } from '@/lib/copy-binary';
import {
  CACHE_LABELS,
  REDIRECT_LABELS,
  SCHEME_LABELS,
  WAF_LABELS,
  cacheCell,
  guardFormula,
} from '@/lib/domains-csv-columns';
import {
  asciiFileStem,
  contentDisposition,
} from '@/lib/csv-response';
import { parseId } from '@/lib/list-params';

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j with a quote',
    (text) => expect(guardFormula(text)).toBe(`'${text}`),
  );

  it.each(['a=1', 'www.example.com', '', ' =1', '1-2'])(
    'leaves %j alone',
    (text) => expect(guardFormula(text)).toBe(text),
  );

  it('never needs to touch a fixed label', () => {
    const labels = [SCHEME_LABELS, CACHE_LABELS, REDIRECT_LABELS, WAF_LABELS]
      .flatMap((map) => Object.values(map));
    for (const label of labels) expect(guardFormula(label)).toBe(label);
  });
});

describe('cache rendering', () => {
  it('shows the mode and its TTL', () => {
    expect(cacheCell('standard', 3600)).toBe('standard, TTL 3600s');
    expect(cacheCell('aggressive', null)).toBe('aggressive, origin TTL');
    expect(cacheCell('off', 60)).toBe('off');
  });
});

describe('customer id', () => {
  it('accepts plain positive integers that fit int4', () => {
    expect(parseId('7')).toBe(7);
    expect(parseId('2147483647')).toBe(2147483647);
  });

  it.each(['abc', '0', '1e3', '-1', '01', '1.0', '2147483648', '', '１'])(
    'rejects %j',
    (raw) => expect(parseId(raw)).toBeUndefined(),
  );
});

describe('file name', () => {
  const now = new Date('2026-12-04T00:00:01Z');

  it('transliterates and strips what is unsafe in the plain name', () => {
    expect(asciiFileStem('Société "Générale"; 東京')).toBe('Societe Generale');
    expect(asciiFileStem('a/b\\c\r\nd%e')).toBe('a b c d e');
    expect(asciiFileStem('東京')).toBe('customer');
    expect(asciiFileStem('...')).toBe('customer');
  });

  it('puts the exact name, UTC date included, in filename*', () => {
    const header = contentDisposition("Tōkyō (O'Brien) *", now);
    const value = /filename\*=UTF-8''(\S+)$/.exec(header)?.[1] ?? '';
    expect(value).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(value)).toBe(
      "Tōkyō (O'Brien) *-domains-2026-12-04.csv",
    );
    expect(header).toContain('filename="Tokyo (O Brien)-domains-2026-12-04.csv"');
  });
});

describe('chunk coalescer', () => {
  it('emits fixed-size chunks and keeps the byte order', () => {
    const coalescer = new ChunkCoalescer(4);
    const full: Uint8Array[] = [];
    coalescer.add(Buffer.from('abc'), full);
    coalescer.add(Buffer.from('defghij'), full);
    expect(full.map((c) => Buffer.from(c).toString())).toEqual(['abcd', 'efgh']);
    expect(Buffer.from(coalescer.flush() ?? []).toString()).toBe('ij');
    expect(coalescer.flush()).toBeNull();
  });
});

function binaryCopy(rows: Array<Array<string | null>>): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)];
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const field of row) {
      const length = Buffer.alloc(4);
      const bytes = field === null ? Buffer.alloc(0) : Buffer.from(field);
      length.writeInt32BE(field === null ? -1 : bytes.length);
      parts.push(length, bytes);
    }
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

describe('binary COPY reader', () => {
  const rows = [['a.example', 'line,1\r\n'], ['b', null], ['ü', '']];

  it.each([1, 2, 3, 7, 1000])('reads tuples split every %i bytes', (size) => {
    const seen: Array<Array<string | null>> = [];
    const reader = new CopyBinaryReader((fields) =>
      seen.push(fields.map((f) => (f === null ? null : f.toString()))),
    );
    const data = binaryCopy(rows);
    for (let at = 0; at < data.length; at += size) {
      reader.push(data.subarray(at, at + size));
    }
    reader.finish();
    expect(seen).toEqual(rows);
  });

  it('notices a stream cut short', () => {
    const reader = new CopyBinaryReader(() => {});
    const data = binaryCopy(rows);
    reader.push(data.subarray(0, data.length - 3));
    expect(() => reader.finish()).toThrow('cut short');
  });
});
