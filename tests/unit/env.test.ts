import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { authSecret, ConfigError } from '@/lib/env';

const saved = { ...process.env };
const env = process.env as Record<string, string | undefined>;

afterEach(() => {
  for (const key of ['NODE_ENV', 'DATABASE_URL', 'NEXTAUTH_SECRET', 'DATA_DIR']) {
    env[key] = saved[key];
    if (saved[key] === undefined) delete env[key];
  }
});

describe('authSecret', () => {
  it('stops a production start on PostgreSQL without NEXTAUTH_SECRET', () => {
    env.NODE_ENV = 'production';
    env.DATABASE_URL = 'postgres://db.invalid/console';
    delete env.NEXTAUTH_SECRET;
    expect(() => authSecret()).toThrow(ConfigError);
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it('uses NEXTAUTH_SECRET when it is set', () => {
    env.NODE_ENV = 'production';
    env.DATABASE_URL = 'postgres://db.invalid/console';
    env.NEXTAUTH_SECRET = 'from-the-environment';
    expect(authSecret()).toBe('from-the-environment');
  });

  it('makes a secret for the embedded database once, and keeps it private', () => {
    env.NODE_ENV = 'production';
    delete env.DATABASE_URL;
    delete env.NEXTAUTH_SECRET;
    env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'cc-secret-'));
    const first = authSecret();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authSecret()).toBe(first);
    const file = path.join(env.DATA_DIR, 'auth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    rmSync(env.DATA_DIR, { recursive: true, force: true });
  });
});
