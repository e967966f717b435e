import { domainToASCII } from 'node:url';

import type { SeedCustomer } from './customers';
import { createRandom, shuffled, type Random } from './random';

/** Expiry dates count from here, so a seed gives the same data every day. */
export const REFERENCE_DATE = '2026-12-01';

export type SeedDomain = {
  customerIndex: number;
  host: string;
  httpPorts: number[];
  scheme: 'http' | 'https';
  originHost: string;
  originPort: number;
  cacheMode: 'off' | 'standard' | 'aggressive';
  cacheTtlSeconds: number | null;
  redirectMode: 'none' | 'http_to_https' | 'www_to_apex' | 'apex_to_www';
  certExpiresOn: string | null;
  tlsProtocols: string[];
  wafMode: 'off' | 'detect' | 'block';
};

const SUBDOMAINS = [
  'www', 'api', 'cdn', 'static', 'img', 'shop', 'm', 'app', 'blog', 'media',
  'assets', 'portal', 'login', 'status', 'docs', 'dev', 'staging', 'eu', 'us',
  'ap', 'video', 'download', 'news', 'help', 'pay', 'careers', 'events', 'beta',
];
const APEX_VARIANTS = ['shop', 'cloud', 'media', 'app', 'global', 'online', 'store'];

const PORTS: ReadonlyArray<[string, number]> = [
  ['80,443', 45], ['443', 25], ['80', 12], ['8080,8443', 6],
  ['80,443,8443', 5], ['443,8443', 4], ['8080', 3],
];
const TLS: ReadonlyArray<[string, number]> = [
  ['TLSv1.2,TLSv1.3', 55], ['TLSv1.3', 15], ['TLSv1.2', 10],
  ['TLSv1.0,TLSv1.1,TLSv1.2', 8], ['TLSv1.0,TLSv1.1,TLSv1.2,TLSv1.3', 7],
  ['TLSv1.1,TLSv1.2,TLSv1.3', 5],
];
const TTL = {
  standard: [300, 600, 3600, 14_400],
  aggressive: [86_400, 604_800, 2_592_000],
} as const;
const CLOUD_ORIGINS = [
  's3.eu-west-1.amazonaws.com', 'azurewebsites.net', 'herokuapp.com',
  'storage.googleapis.com', 'origin.fastly-edge.net',
];

const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

type Share =
  | { kind: 'none' }
  | { kind: 'few'; n: number }
  | { kind: 'many'; w: number };

/** Pareto tail: heavy enough for a few giants, light enough to have many. */
const TAIL = 1.4;

function shares(customers: number, seed: number): Share[] {
  const random = createRandom(seed).fork(2);
  return Array.from({ length: customers }, (): Share => {
    const roll = random.next();
    if (roll < 0.12) return { kind: 'none' };
    if (roll < 0.45) return { kind: 'few', n: random.int(1, 5) };
    return { kind: 'many', w: (1 - random.next()) ** (-1 / TAIL) };
  });
}

/**
 * How many domains each customer gets: some none, many a handful, and a
 * long tail where a few own thousands. Sums to exactly `total`.
 */
export function domainCounts(
  customers: number,
  total: number,
  seed: number,
): number[] {
  const all = shares(customers, seed);
  const fewTotal = all.reduce((sum, s) => sum + (s.kind === 'few' ? s.n : 0), 0);
  // Small totals go mostly to the tail, so it is never starved.
  const scale = fewTotal > total / 3 ? total / 3 / fewTotal : 1;
  const counts = all.map((s) => (s.kind === 'few' ? Math.floor(s.n * scale) : 0));
  const many = all
    .map((s, i) => ({ w: s.kind === 'many' ? s.w : 0, i }))
    .filter((m) => m.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i);
  if (many.length === 0 && customers > 0) many.push({ w: 1, i: 0 });
  const pool = total - counts.reduce((a, b) => a + b, 0);
  const sum = many.reduce((a, m) => a + m.w, 0);
  for (const m of many) counts[m.i] += Math.floor((pool * m.w) / sum);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; missing > 0; k = (k + 1) % many.length, missing--) {
    counts[many[k].i]++;
  }
  return counts;
}

function idnLabel(brand: string): string | undefined {
  const label = brand.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return /[^\x00-\x7f]/.test(label) ? label : undefined;
}

/** Apex domains of one customer; unique across customers via `taken`. */
function apexes(
  random: Random,
  customer: SeedCustomer,
  count: number,
  taken: Set<string>,
): string[] {
  const wanted = count === 0 ? 1 : Math.min(4, 1 + Math.floor(Math.log10(count + 1)));
  const out: string[] = [];
  const claim = (host: string) => {
    if (host && !taken.has(host)) {
      taken.add(host);
      out.push(host);
    }
  };
  claim(`${customer.slug}.${random.pick(customer.locale.tlds)}`);
  const idn = idnLabel(customer.brand);
  if (idn && random.chance(0.25)) {
    claim(domainToASCII(`${idn}.${random.pick(customer.locale.tlds)}`));
  }
  for (let tries = 0; out.length < wanted && tries < 20; tries++) {
    const variant = random.pick(APEX_VARIANTS);
    claim(`${customer.slug}-${variant}.${random.pick(customer.locale.tlds)}`);
  }
  // Slugs never end in "-<digits>", so this one cannot be taken.
  if (out.length === 0) claim(`${customer.slug}-${customer.index}.com`);
  return out;
}

function originFor(random: Random, slug: string, apex: string) {
  const kind = random.int(0, 3);
  if (kind === 0) return `203.0.113.${random.int(1, 254)}`;
  if (kind === 1) {
    return `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
  }
  if (kind === 2) return `${slug}.${random.pick(CLOUD_ORIGINS)}`;
  return `origin${random.int(1, 4)}.${apex}`;
}

function certificateDate(random: Random, ports: number[]): string | null {
  if (!ports.some((port) => port === 443 || port === 8443)) return null;
  if (random.chance(0.04)) return null; // certificate still being issued
  return addDays(REFERENCE_DATE, random.int(-150, 420));
}

function domain(
  random: Random,
  customer: SeedCustomer,
  host: string,
  apex: string,
): SeedDomain {
  const httpPorts = random.weighted(PORTS).split(',').map(Number);
  const scheme = random.chance(0.75) ? 'https' : 'http';
  const certExpiresOn = certificateDate(random, httpPorts);
  const cacheMode = random.weighted<SeedDomain['cacheMode']>([
    ['off', 20], ['standard', 60], ['aggressive', 20],
  ]);
  const tlsPorts = httpPorts.some((port) => port === 443 || port === 8443);
  return {
    customerIndex: customer.index,
    host,
    httpPorts,
    scheme,
    originHost: originFor(random, customer.slug, apex),
    originPort:
      scheme === 'https'
        ? random.pick([443, 443, 443, 8443])
        : random.pick([80, 80, 8080, 3000]),
    cacheMode,
    cacheTtlSeconds: cacheMode === 'off' ? null : random.pick(TTL[cacheMode]),
    redirectMode: random.weighted<SeedDomain['redirectMode']>([
      ['none', 40], [tlsPorts ? 'http_to_https' : 'none', 40],
      ['www_to_apex', 10], ['apex_to_www', 10],
    ]),
    certExpiresOn,
    tlsProtocols: tlsPorts ? random.weighted(TLS).split(',') : [],
    wafMode: random.weighted<SeedDomain['wafMode']>([
      ['off', 20], ['detect', 30], ['block', 50],
    ]),
  };
}

function subdomain(labels: readonly string[], n: number): string {
  const base = labels[n % labels.length];
  const round = Math.floor(n / labels.length);
  return round === 0 ? base : `${base}${round + 1}`;
}

/**
 * Every domain of every customer, customer by customer, generated lazily so
 * a million rows never sit in memory at once.
 */
export function* generateDomains(
  customers: readonly SeedCustomer[],
  counts: readonly number[],
  seed: number,
): Generator<SeedDomain> {
  const taken = new Set<string>();
  const base = createRandom(seed).fork(3);
  for (const customer of customers) {
    const random = base.fork(customer.index);
    const count = counts[customer.index] ?? 0;
    const owned = apexes(random, customer, count, taken);
    const labels = shuffled(random, SUBDOMAINS);
    for (let j = 0; j < count; j++) {
      const apex = owned[j % owned.length];
      const k = Math.floor(j / owned.length);
      const host = k === 0 ? apex : `${subdomain(labels, k - 1)}.${apex}`;
      yield domain(random, customer, host, apex);
    }
  }
}

/** Mail domain of a customer's generated users: reserved, never delivered. */
export function emailDomain(customer: SeedCustomer): string {
  return `${customer.slug}.example.net`;
}
