import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The JWT signing secret. PostgreSQL deployments run several app servers that
 * must share it, so production there requires NEXTAUTH_SECRET; the embedded
 * database keeps a generated one beside its data.
 */
export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (databaseUrl()) {
    if (process.env.NODE_ENV === 'production') {
      throw new ConfigError(
        'NEXTAUTH_SECRET is not set: it is required in production with ' +
          'DATABASE_URL (generate one with `openssl rand -base64 32`).',
      );
    }
    return 'development-only-secret-do-not-use-in-production';
  }
  return embeddedSecret();
}

function embeddedSecret(): string {
  const file = path.join(dataDir(), 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir(), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, secret + '\n', { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
