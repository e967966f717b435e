import { parseArgs } from 'node:util';

import { openDatabase } from '@/db';
import { databaseUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { addUser, validateNewUser } from '@/lib/users';

function readInput(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      customer: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (values.customer !== undefined && !/^[1-9][0-9]*$/.test(values.customer)) {
    throw new Error(`--customer must be a customer id, not "${values.customer}".`);
  }
  return {
    email: values.email,
    password: values.password,
    role: values.role,
    customerId: values.customer,
    // Without --name the user is known by the email's local part.
    fullName: values.name ?? values.email?.split('@')[0],
  };
}

function fail(message: string): never {
  process.stderr.write(`users:add: ${message}\n`);
  process.exit(1);
}

async function main() {
  let input: ReturnType<typeof readInput>;
  try {
    input = readInput(process.argv.slice(2));
  } catch (error) {
    fail((error as Error).message);
  }
  // Bad input fails here, before anything opens the database.
  validateNewUser(input);
  const connection = await openDatabase({ url: databaseUrl(), migrate: true });
  try {
    const user = await addUser(connection.db, input);
    process.stdout.write(`${user.id}\n`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AppError) fail(error.message);
  log.error('users.add_failed', { error });
  process.exit(1);
});
