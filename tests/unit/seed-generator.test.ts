import { domainToUnicode } from 'node:url';

import {
  HOSTILE_CUSTOMERS,
  levelSizes,
  planCustomers,
} from '@/db/seed/customers';
import {
  domainCounts,
  generateDomains,
  REFERENCE_DATE,
} from '@/db/seed/domains';
import { parseSeedArgs, SEED_DEFAULTS, UsageError } from '@/db/seed/options';
import { copyArray, copyField } from '@/db/seed/target';
import { generateUsers } from '@/db/seed/users';

const options = { customers: 300, levels: 4, seed: 11 };

function build(seed: number, customers = 300, domains = 3000) {
  const plan = planCustomers({ ...options, customers, seed });
  const counts = domainCounts(customers, domains, seed);
  return { plan, counts, domains: [...generateDomains(plan, counts, seed)] };
}

describe('the customer plan', () => {
  it('is the same for the same seed and differs for another', () => {
    const names = (seed: number) => build(seed).plan.map((c) => c.name);
    expect(names(11)).toEqual(names(11));
    expect(names(12)).not.toEqual(names(11));
  });

  it('has exactly the requested number of customers, few of them roots', () => {
    const { plan } = build(11, 2000);
    expect(plan).toHaveLength(2000);
    expect(levelSizes(2000, 4)).toEqual([10, 153, 459, 1378]);
    expect(plan.filter((c) => c.parentIndex === null)).toHaveLength(10);
  });

  it('puts every parent one level up and before its children', () => {
    const plan = planCustomers({ customers: 500, levels: 5, seed: 3 });
    expect(Math.max(...plan.map((c) => c.level))).toBe(5);
    for (const c of plan) {
      if (c.parentIndex === null) expect(c.level).toBe(1);
      else {
        expect(c.parentIndex).toBeLessThan(c.index);
        expect(plan[c.parentIndex].level).toBe(c.level - 1);
      }
    }
    expect(plan.some((c) => c.parentIndex === 0)).toBe(true);
  });

  it('keeps names unique ignoring case, and slugs unique', () => {
    const { plan } = build(5, 5000, 0);
    expect(new Set(plan.map((c) => c.name.toLowerCase())).size).toBe(5000);
    expect(new Set(plan.map((c) => c.slug)).size).toBe(5000);
    expect(plan.every((c) => c.name.length <= 200)).toBe(true);
  });

  it('writes names and addresses in many scripts, addresses on several lines', () => {
    const { plan } = build(11, 2000, 0);
    const text = plan.map((c) => c.name + c.address).join(' ');
    const scripts = [
      /[ăâđêôơư]/i, /[éèçà]/, /[äöüß]/, /[ąęłńśźż]/i,
      /\p{Script=Hiragana}|\p{Script=Katakana}/u,
      /\p{Script=Han}/u, /\p{Script=Hangul}/u, /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u, /\p{Script=Arabic}/u, /\p{Script=Thai}/u,
    ];
    for (const script of scripts) expect(text).toMatch(script);
    expect(plan.every((c) => c.address.includes('\n'))).toBe(true);
  });

  it('includes the values spreadsheets and CSV writers get wrong', () => {
    const names = build(11).plan.map((c) => c.name);
    for (const hostile of HOSTILE_CUSTOMERS) expect(names).toContain(hostile.name);
    expect(names.filter((n) => /^[=+\-@]/.test(n))).toHaveLength(4);
    expect(names).toContain('Acme "Global", Ltd.');
  });
});

describe('the domains', () => {
  it('are the same for the same seed and differ for another', () => {
    const hosts = (seed: number) => build(seed).domains.map((d) => d.host);
    expect(hosts(11)).toEqual(hosts(11));
    expect(hosts(12)).not.toEqual(hosts(11));
  });

  it('add up to the requested total, spread unevenly', () => {
    const counts = domainCounts(2000, 200_000, 1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200_000);
    expect(Math.max(...counts)).toBeGreaterThan(2000);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(100);
    expect(counts.filter((n) => n > 0 && n <= 5).length).toBeGreaterThan(200);
  });

  it('have unique, lower-case, valid host names, some of them IDN', () => {
    const { domains } = build(11, 300, 20_000);
    const hosts = domains.map((d) => d.host);
    expect(domains).toHaveLength(20_000);
    expect(new Set(hosts).size).toBe(hosts.length);
    const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
    const bad = hosts.filter(
      (host) =>
        host.length > 253 || !host.split('.').every((part) => label.test(part)),
    );
    expect(bad).toEqual([]);
    const idn = hosts.filter((h) => h.split('.').some((p) => p.startsWith('xn--')));
    expect(idn.length).toBeGreaterThan(0);
    expect(domainToUnicode(idn[0])).not.toBe(idn[0]);
  });

  it('vary every setting, with no certificate where TLS is not served', () => {
    const { domains } = build(11, 300, 5000);
    const kinds = (pick: (d: (typeof domains)[number]) => unknown) =>
      new Set(domains.map((d) => JSON.stringify(pick(d)))).size;
    expect(kinds((d) => d.httpPorts)).toBeGreaterThanOrEqual(6);
    expect(kinds((d) => d.tlsProtocols)).toBeGreaterThanOrEqual(6);
    expect(kinds((d) => d.cacheMode)).toBe(3);
    expect(kinds((d) => d.redirectMode)).toBe(4);
    expect(kinds((d) => d.wafMode)).toBe(3);
    expect(kinds((d) => d.scheme)).toBe(2);
    expect(domains.some((d) => /^\d+\.\d+\.\d+\.\d+$/.test(d.originHost))).toBe(true);
    expect(domains.some((d) => /[a-z]/.test(d.originHost))).toBe(true);
    for (const d of domains) {
      expect(d.cacheTtlSeconds === null).toBe(d.cacheMode === 'off');
      if (!d.httpPorts.some((p) => p === 443 || p === 8443)) {
        expect(d.certExpiresOn).toBeNull();
        expect(d.tlsProtocols).toEqual([]);
      }
    }
    const dates = domains.flatMap((d) => d.certExpiresOn ?? []);
    expect(dates.some((date) => date < REFERENCE_DATE)).toBe(true);
    expect(dates.some((date) => date > REFERENCE_DATE)).toBe(true);
    expect(domains.some((d) => d.certExpiresOn === null)).toBe(true);
  });
});

describe('the generated users', () => {
  it('give each customer one or two users with unique emails', () => {
    const { plan } = build(11, 2000, 0);
    const users = [...generateUsers(plan, 11)];
    const perCustomer = new Map<number, number>();
    for (const u of users) {
      perCustomer.set(u.customerIndex, (perCustomer.get(u.customerIndex) ?? 0) + 1);
    }
    expect(perCustomer.size).toBe(2000);
    expect([...perCustomer.values()].every((n) => n === 1 || n === 2)).toBe(true);
    const emails = users.map((u) => u.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
  });
});

describe('seed options', () => {
  it('default to the documented sizes', () => {
    expect(parseSeedArgs([])).toEqual({ ...SEED_DEFAULTS, reset: false });
  });

  it('read every flag, with --force meaning --reset', () => {
    expect(
      parseSeedArgs([
        '--customers', '10', '--domains', '0', '--seed', '9',
        '--levels', '5', '--force',
      ]),
    ).toEqual({ customers: 10, domains: 0, seed: 9, levels: 5, reset: true });
  });

  it.each([
    [['--levels', '6'], '--levels must be at most 5.'],
    [['--customers', '0'], '--customers must be at least 1.'],
    [['--domains', 'many'], '--domains must be a number.'],
    [['--seed', '1.5'], '--seed must be a whole number.'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])('refuse %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(UsageError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});

describe('COPY text encoding', () => {
  it('escapes the characters COPY treats specially', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('Acme "Global", Ltd.')).toBe('Acme "Global", Ltd.');
    expect(copyField(null)).toBe('\\N');
    expect(copyArray([80, 443])).toBe('{80,443}');
    expect(copyArray([])).toBe('{}');
  });
});
