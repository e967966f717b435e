import { parseArgs } from 'node:util';

import { z } from 'zod';

import type { SeedOptions } from '.';

export const MAX_SEED_LEVELS = 5;

const count = (label: string, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(max, `${label} must be at most ${max}.`);

export const seedOptionsSchema = z.object({
  customers: count('--customers', 1_000_000).min(1, '--customers must be at least 1.'),
  domains: count('--domains', 10_000_000),
  seed: z.coerce
    .number({ error: '--seed must be a number.' })
    .int('--seed must be a whole number.')
    .min(0, '--seed cannot be negative.')
    .max(2 ** 32 - 1, '--seed must fit in 32 bits.'),
  levels: count('--levels', MAX_SEED_LEVELS).min(1, '--levels must be at least 1.'),
  reset: z.boolean(),
});

export const SEED_DEFAULTS = {
  customers: 2000,
  domains: 200_000,
  seed: 1,
  levels: 4,
} as const;

/** Bad command-line input, worth one line on stderr and no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        customers: { type: 'string' },
        domains: { type: 'string' },
        seed: { type: 'string' },
        levels: { type: 'string' },
        reset: { type: 'boolean', default: false },
        // The same as --reset, for people who reach for it first.
        force: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Command-line flags to options; throws UsageError with one line. */
export function parseSeedArgs(argv: string[]): SeedOptions {
  const values = readFlags(argv);
  const parsed = seedOptionsSchema.safeParse({
    customers: values.customers ?? SEED_DEFAULTS.customers,
    domains: values.domains ?? SEED_DEFAULTS.domains,
    seed: values.seed ?? SEED_DEFAULTS.seed,
    levels: values.levels ?? SEED_DEFAULTS.levels,
    reset: values.reset || values.force,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  return parsed.data;
}
