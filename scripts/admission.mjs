/**
 * Admission control for the HTTP server: at most `limit` requests are handled
 * at once and the rest wait their turn, first come first served, up to
 * `queueLimit` of them; past that a request is answered 503 at once.
 *
 * Rendering a page holds its whole tree in memory until the response ends,
 * and on a small machine rendering is CPU-bound: fifty renders interleaved
 * finish no sooner than fifty in turn, but hold fifty times the memory.
 * Requests for which `bypass(req)` is true (long downloads with a limit of
 * their own, health checks) skip the queue.
 */
export function admissionGate({ limit, queueLimit, bypass = () => false, onReject = () => {} }) {
  let active = 0;
  const waiting = [];

  function start(job) {
    active += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active -= 1;
      const next = waiting.shift();
      if (next) start(next);
    };
    // 'close' also covers a client that went away mid-response.
    job.res.once('finish', release);
    job.res.once('close', release);
    try {
      Promise.resolve(job.run()).catch(job.fail);
    } catch (error) {
      job.fail(error);
    }
  }

  function admit(req, res, run, fail = (error) => res.destroy(error)) {
    if (bypass(req)) return run();
    const job = { res, run, fail };
    if (active < limit) return start(job);
    if (waiting.length >= queueLimit) {
      onReject(req);
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      res.end('The server is busy. Try again in a moment.\n');
      return;
    }
    waiting.push(job);
    // A client that gives up while waiting leaves the queue.
    res.once('close', () => {
      const at = waiting.indexOf(job);
      if (at !== -1) waiting.splice(at, 1);
    });
  }

  admit.stats = () => ({ active, waiting: waiting.length });
  return admit;
}

/**
 * The requests that skip the queue: a CSV export streams for seconds and has
 * a limit of its own, and the health check must answer while pages are busy.
 */
export function bypassesQueue(url = '') {
  return /^\/(api\/health|customers\/[^/?]+\/domains\.csv)(\?|$)/.test(url);
}
