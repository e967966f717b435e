import type { UserRole } from '../schema';
import type { SeedCustomer } from './customers';
import { emailDomain } from './domains';
import { createRandom } from './random';

export type DemoUser = {
  role: UserRole;
  email: string;
  password: string;
  fullName: string;
  /** The plan's customer the user belongs to; staff have none. */
  customerIndex: number | null;
};

/** Printed after seeding; the reseller sees the first root and its tree. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: 'admin',
    email: 'admin@example.com',
    password: 'admin-demo-password',
    fullName: 'Ada Administrator',
    customerIndex: null,
  },
  {
    role: 'support',
    email: 'support@example.com',
    password: 'support-demo-password',
    fullName: 'Sam Support',
    customerIndex: null,
  },
  {
    role: 'customer',
    email: 'reseller@example.com',
    password: 'reseller-demo-password',
    fullName: 'Riley Reseller',
    customerIndex: 0,
  },
];

/** Every generated customer user shares it, so one hash serves them all. */
export const GENERATED_USER_PASSWORD = 'customer-demo-password';

export type SeedUser = {
  customerIndex: number;
  fullName: string;
  email: string;
  disabled: boolean;
};

/** One or two users per customer, named in the customer's own script. */
export function* generateUsers(
  customers: readonly SeedCustomer[],
  seed: number,
): Generator<SeedUser> {
  const base = createRandom(seed).fork(4);
  for (const customer of customers) {
    const random = base.fork(customer.index);
    const { locale } = customer;
    const count = random.chance(0.3) ? 2 : 1;
    const locals = new Set<string>();
    for (let k = 0; k < count; k++) {
      const [given, givenAscii] = random.pick(locale.given);
      const [family, familyAscii] = random.pick(locale.family);
      const joiner = locale.code === 'zh' || locale.code === 'ko' ? '' : ' ';
      let local = `${givenAscii}.${familyAscii}`;
      if (locals.has(local)) local = `${local}${k + 1}`;
      locals.add(local);
      yield {
        customerIndex: customer.index,
        fullName: locale.familyFirst
          ? `${family}${joiner}${given}`
          : `${given} ${family}`,
        email: `${local}@${emailDomain(customer)}`,
        disabled: random.chance(0.03),
      };
    }
  }
}
