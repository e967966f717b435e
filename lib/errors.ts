import type { FieldErrors } from '@/lib/validation';

export type ErrorKind =
  | 'unauthenticated'
  | 'not_found'
  | 'forbidden'
  | 'invalid'
  | 'conflict'
  | 'unavailable';

const STATUS: Record<ErrorKind, number> = {
  unauthenticated: 401,
  not_found: 404,
  forbidden: 403,
  invalid: 422,
  conflict: 409,
  unavailable: 503,
};

/** An expected failure whose message is safe to show to the user. */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }

  get status() {
    return STATUS[this.kind];
  }
}

export const notFound = () => new AppError('not_found', 'Not found.');

/** What a server action hands back to its form. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors: FieldErrors; code?: ErrorKind };

export function failure(
  message: string,
  fieldErrors: FieldErrors = {},
  code?: ErrorKind,
): ActionResult<never> {
  return { ok: false, message, fieldErrors, code };
}

type PgError = { code?: string; constraint_name?: string; constraint?: string };

/** The PostgreSQL error behind a driver or drizzle error, if any. */
export function pgError(error: unknown): PgError | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as Error).cause) {
    const candidate = e as PgError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return candidate;
    }
  }
  return undefined;
}

export function violatedConstraint(error: unknown): string | undefined {
  const pg = pgError(error);
  return pg?.constraint_name ?? pg?.constraint;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08004',
]);

export function isConnectionError(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as Error).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  }
  return false;
}
