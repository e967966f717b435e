import { LOCALES, type Locale } from './locales';
import { createRandom, type Random } from './random';

/** A customer to create; parents always come before their children. */
export type SeedCustomer = {
  index: number;
  level: number;
  parentIndex: number | null;
  name: string;
  address: string;
  locale: Locale;
  /** ASCII stem for this customer's host names, unique among customers. */
  slug: string;
  /** The brand in its own script, for internationalised host names. */
  brand: string;
};

/** Values a spreadsheet or a naive CSV writer gets wrong. */
export const HOSTILE_CUSTOMERS: ReadonlyArray<{
  name: string;
  address: string;
  slug: string;
}> = [
  {
    name: '=HYPERLINK("http://x","Equinox") Trading',
    address: '=1+2 Formula Street\nUnit 7\nSpringfield, IL 62701',
    slug: 'equinox-trading',
  },
  {
    name: 'Acme "Global", Ltd.',
    address: '"The Old Mill", Unit 3\n12 Comma Lane, Suite "B"\nLeeds LS1 4AP',
    slug: 'acme-global',
  },
  {
    name: '+Plus Mobile Networks',
    address: '+44 Tower\n1 Plus Road\nLondon E14 5AB',
    slug: 'plus-mobile',
  },
  {
    name: '-Minus Studio, Inc.',
    address: '-1 Basement Level\n200 Minus Ave\nBoston, MA 02110',
    slug: 'minus-studio',
  },
  {
    name: '@Home Hosting Co.',
    address: '@ Cloud Park\nBuilding 4\nDublin D02 X285',
    slug: 'athome-hosting',
  },
];

const SLUG_TAILS = [
  '', '', '', 'group', 'tech', 'net', 'digital', 'labs', 'hq', 'online',
];

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** How many customers sit on each level, root level first. */
export function levelSizes(total: number, levels: number): number[] {
  const depth = Math.max(1, Math.min(levels, total));
  if (depth === 1) return [total];
  const roots = Math.max(1, Math.round(total * 0.005));
  const rest = total - roots;
  const weights = Array.from({ length: depth - 1 }, (_, i) => 3 ** i);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((rest * w) / sum)));
  sizes[sizes.length - 1] += rest - sizes.reduce((a, b) => a + b, 0);
  return [roots, ...sizes];
}

function pickLocale(random: Random): Locale {
  return LOCALES[random.weighted(LOCALES.map((l, i) => [i, l.weight]))];
}

function makeAddress(random: Random, locale: Locale): string {
  const [city, zip, area] = random.pick(locale.cities);
  return fill(random.pick(locale.addressForms), {
    n: String(random.int(1, 240)),
    street: random.pick(locale.streets),
    floor: String(random.int(2, 9)),
    city,
    zip,
    area,
  });
}

/** Hands out names and slugs, numbering repeats so both stay unique. */
function uniqueNamer() {
  const names = new Map<string, number>();
  const slugs = new Map<string, number>();
  const claim = (map: Map<string, number>, key: string) => {
    const seen = (map.get(key) ?? 0) + 1;
    map.set(key, seen);
    return seen;
  };
  return {
    name(base: string): string {
      let candidate = base;
      for (let n = claim(names, base.toLowerCase()); n > 1; ) {
        candidate = `${base} ${n}`;
        if (!names.has(candidate.toLowerCase())) break;
        n = claim(names, base.toLowerCase());
      }
      names.set(candidate.toLowerCase(), names.get(candidate.toLowerCase()) ?? 1);
      return candidate;
    },
    slug(base: string): string {
      let candidate = base;
      for (let n = claim(slugs, base); n > 1; ) {
        candidate = `${base}${n}`;
        if (!slugs.has(candidate)) break;
        n = claim(slugs, base);
      }
      slugs.set(candidate, slugs.get(candidate) ?? 1);
      return candidate;
    },
  };
}

function parentIndexes(random: Random, sizes: number[]): Array<number | null> {
  const parents: Array<number | null> = [];
  let previousStart = 0;
  let start = 0;
  sizes.forEach((size, level) => {
    for (let i = 0; i < size; i++) {
      if (level === 0) parents.push(null);
      // Skewed towards the first accounts of the level above, so some
      // resellers have many sub-accounts and others none; the first child
      // of each level goes to the first account above, which the demo
      // reseller relies on.
      else if (i === 0) parents.push(previousStart);
      else {
        const above = sizes[level - 1];
        parents.push(previousStart + Math.floor(above * random.next() ** 2));
      }
    }
    previousStart = start;
    start += size;
  });
  return parents;
}

function hostileSlots(total: number): Map<number, number> {
  const slots = new Map<number, number>();
  const count = Math.min(HOSTILE_CUSTOMERS.length, total - 1);
  for (let k = 0; k < count; k++) {
    slots.set(1 + Math.floor((k * (total - 1)) / count), k);
  }
  return slots;
}

export function planCustomers(options: {
  customers: number;
  levels: number;
  seed: number;
}): SeedCustomer[] {
  const random = createRandom(options.seed).fork(1);
  const sizes = levelSizes(options.customers, options.levels);
  const parents = parentIndexes(random, sizes);
  const levelOf = sizes.flatMap((size, level) => Array(size).fill(level + 1));
  const namer = uniqueNamer();
  const hostile = hostileSlots(options.customers);
  return parents.map((parentIndex, index) => {
    const special = hostile.get(index);
    // The demo reseller's account reads well in any terminal.
    const locale =
      index === 0 || special !== undefined ? LOCALES[0] : pickLocale(random);
    const [brand, brandAscii] = random.pick(locale.brands);
    const name = fill(random.pick(locale.nameForms), {
      brand,
      sector: random.pick(locale.sectors),
      legal: random.pick(locale.legal),
    });
    const address = makeAddress(random, locale);
    const tail = random.pick(SLUG_TAILS);
    const slug = tail ? `${brandAscii}-${tail}` : brandAscii;
    const values =
      special === undefined ? { name, address, slug } : HOSTILE_CUSTOMERS[special];
    return {
      index,
      level: levelOf[index],
      parentIndex,
      name: namer.name(values.name),
      address: values.address,
      locale,
      slug: namer.slug(values.slug),
      brand,
    };
  });
}
