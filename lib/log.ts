type Level = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

const SECRET_KEYS = /pass(word)?|hash|secret|token|cookie|authorization/i;

function describeError(error: unknown): Fields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Fields = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) fields.code = code;
  if (error.cause !== undefined) fields.cause = describeError(error.cause);
  if (process.env.NODE_ENV !== 'production') fields.stack = error.stack;
  return fields;
}

function clean(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEYS.test(key)) out[key] = '[redacted]';
    else if (value instanceof Error) out[key] = describeError(value);
    else out[key] = value;
  }
  return out;
}

const RANK: Record<Level | 'silent', number> = {
  debug: 0,
  info: 1,
  warn: 2,
  error: 3,
  silent: 4,
};

/** LOG_LEVEL: debug, info (the default), warn, error or silent. */
function enabled(level: Level) {
  const wanted = (process.env.LOG_LEVEL ?? 'info') as Level | 'silent';
  return RANK[level] >= (RANK[wanted] ?? RANK.info);
}

function write(level: Level, event: string, fields: Fields = {}) {
  if (!enabled(level)) return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    event,
    ...clean(fields),
  });
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

/** One JSON line per event; keys that look like secrets are redacted. */
export const log = {
  debug: (event: string, fields?: Fields) => write('debug', event, fields),
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
};
