import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { sql } from 'drizzle-orm';

import { auditEvents, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/password';
import { addUser } from '@/lib/users';

import { useTestDatabase } from '../support/db';
import { makeCustomer, makeUser } from '../support/fixtures';

const t = useTestDatabase();

const PASSWORD = 'a sound passphrase';

async function counts() {
  const [row] = await t.db
    .select({
      users: sql<number>`(select count(*) from ${users})::integer`,
      audit: sql<number>`(select count(*) from ${auditEvents})::integer`,
    })
    .from(sql`(select 1) as one`);
  return row;
}

async function failure(input: Record<string, unknown>) {
  const before = await counts();
  const error = await addUser(t.db, input).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await counts()).toEqual(before);
  return error as AppError;
}

describe('addUser', () => {
  it('creates a staff user with a hashed password and an audit entry', async () => {
    const user = await addUser(t.db, {
      email: ' Ops.Lead@Example.ORG ',
      password: PASSWORD,
      role: 'admin',
      fullName: 'Olga Ops',
    });
    const [row] = await t.db.select().from(users).where(sql`${users.id} = ${user.id}`);
    expect(row).toMatchObject({
      email: 'ops.lead@example.org',
      fullName: 'Olga Ops',
      role: 'admin',
      customerId: null,
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} = ${user.id}`);
    expect(audit).toMatchObject({
      action: 'user.create',
      entityType: 'user',
      actorId: null,
      customerId: null,
    });
    expect(audit.after).toMatchObject({ email: 'ops.lead@example.org', role: 'admin' });
    expect(JSON.stringify(audit.after)).not.toContain(PASSWORD);
  });

  it('creates a customer user under its customer, counted there', async () => {
    const customer = await makeCustomer(t.db, { name: 'Sakura Networks 株式会社' });
    const user = await addUser(t.db, {
      email: 'hana@sakura.example',
      password: PASSWORD,
      role: 'customer',
      customerId: String(customer.id),
      fullName: '佐藤 花',
    });
    const [row] = await t.db
      .select({
        customerId: users.customerId,
        userCount: sql<number>`(select user_count from customers
          where id = ${customer.id})`,
      })
      .from(users)
      .where(sql`${users.id} = ${user.id}`);
    expect(row).toEqual({ customerId: customer.id, userCount: 1 });
  });

  it('refuses an email already taken, whatever its case', async () => {
    await makeUser(t.db, { role: 'support', email: 'taken@example.org' });
    const error = await failure({
      email: 'TAKEN@example.org',
      password: PASSWORD,
      role: 'support',
      fullName: 'Second',
    });
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('A user with this email already exists.');
  });

  it.each([
    [
      'a weak password',
      { email: 'w@example.org', password: 'short', role: 'admin' },
      'Password must be at least 12 characters.',
    ],
    [
      'a customer user without a customer',
      { email: 'c@example.org', password: PASSWORD, role: 'customer' },
      'A customer user needs the customer it belongs to.',
    ],
    [
      'an unknown role',
      { email: 'r@example.org', password: PASSWORD, role: 'root' },
      'Role must be admin, support or customer.',
    ],
    [
      'a malformed email',
      { email: 'not-an-email', password: PASSWORD, role: 'admin' },
      'Enter a valid email address.',
    ],
    [
      'a missing email',
      { password: PASSWORD, role: 'admin' },
      'Email is required.',
    ],
  ])('refuses %s and writes nothing', async (_, input, message) => {
    const error = await failure({ fullName: 'Somebody', ...input });
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(message);
  });

  it('refuses a customer id that does not exist', async () => {
    const error = await failure({
      email: 'ghost@example.org',
      password: PASSWORD,
      role: 'customer',
      customerId: 987_654,
      fullName: 'Ghost',
    });
    expect(error.message).toBe('No customer has id 987654.');
    expect(error.fieldErrors.customerId).toEqual(['No customer has id 987654.']);
  });

  it('refuses a staff user that names a customer', async () => {
    const customer = await makeCustomer(t.db);
    const error = await failure({
      email: 'staff@example.org',
      password: PASSWORD,
      role: 'support',
      customerId: customer.id,
      fullName: 'Staff',
    });
    expect(error.message).toBe('Admin and support users cannot belong to a customer.');
  });
});

describe('npm run users:add', () => {
  // Bad input is refused before any database is opened.
  function run(args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    env.DATA_DIR = path.join('/nonexistent', 'users-add-test');
    delete env.NODE_OPTIONS;
    return spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/users-add.ts', ...args],
      { cwd: process.cwd(), env, encoding: 'utf8', timeout: 20_000 },
    );
  }

  it.each([
    [['--email', 'x@example.org', '--password', 'short', '--role', 'admin'],
      'users:add: Password must be at least 12 characters.\n'],
    [['--email', 'x@example.org', '--password', PASSWORD, '--role', 'customer',
      '--customer', 'abc'],
      'users:add: --customer must be a customer id, not "abc".\n'],
    [['--mail', 'x@example.org'], "users:add: Unknown option '--mail'\n"],
  ])('exits 1 with one line on stderr for %j', (args, stderr) => {
    const result = run(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
  });
});
