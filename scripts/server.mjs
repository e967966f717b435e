// The production HTTP server that scripts/start.mjs runs: Next's request
// handler behind an admission gate (scripts/admission.mjs).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

import next from 'next';

import { admissionGate, bypassesQueue } from './admission.mjs';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '127.0.0.1';
// Requests handled at once. Rendering runs on this process's one JavaScript
// thread: a few in flight keep it busy while others wait on the database.
const concurrency = Number(process.env.MAX_CONCURRENT_REQUESTS || 4);
const queueLimit = Number(process.env.MAX_QUEUED_REQUESTS || 1000);

function line(level, event, fields = {}) {
  const levels = ['debug', 'info', 'warn', 'error', 'silent'];
  const wanted = levels.indexOf(process.env.LOG_LEVEL || 'info');
  if (levels.indexOf(level) < (wanted === -1 ? 1 : wanted)) return;
  const out = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
  out.write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }) + '\n');
}

if (!Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(queueLimit) || queueLimit < 0) {
  line('error', 'app.start_refused', {
    message: 'MAX_CONCURRENT_REQUESTS must be a whole number of at least 1, MAX_QUEUED_REQUESTS of at least 0.',
  });
  process.exit(1);
}

process.title = 'console-server';
const app = next({ dev: false, hostname, port, dir: fileURLToPath(new URL('..', import.meta.url)) });
const handle = app.getRequestHandler();
await app.prepare();

let rejected = 0;
let lastBusyLine = 0;
const admit = admissionGate({
  limit: concurrency,
  queueLimit,
  bypass: (req) => bypassesQueue(req.url),
  onReject: () => {
    rejected += 1;
    // At most one line per 10 s: an overload must not also flood the log.
    if (Date.now() - lastBusyLine < 10_000) return;
    lastBusyLine = Date.now();
    line('warn', 'http.busy', { rejectedSinceLastLine: rejected, concurrency, queueLimit });
    rejected = 0;
  },
});

const server = createServer((req, res) =>
  admit(req, res, () => handle(req, res), (error) => {
    line('error', 'http.handler_failed', { url: req.url, message: String(error?.message ?? error) });
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }),
);
server.listen(port, hostname, () => {
  line('info', 'http.listening', { url: `http://${hostname}:${port}`, concurrency, queueLimit });
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    line('info', 'http.stopping', { signal });
    // Finish what is in flight, then go; never wait forever.
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => {
      app.close?.().finally(() => process.exit(0));
    });
    server.closeIdleConnections?.();
  });
}
