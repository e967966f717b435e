import autocannon from 'autocannon';

export type LoadResult = {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

/** Checks a page answers 200 for this session before it is measured. */
export async function probe(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const body = await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}, not 200`);
  }
  return body.byteLength;
}

/**
 * A few seconds of light load before a page is measured, so that the figures
 * are the steady state's, not those of code the JIT has not compiled yet.
 */
export async function warmUp(url: string, cookie: string, seconds: number) {
  await autocannon({ url, connections: 2, duration: seconds, timeout: 10, headers: { cookie } });
}

export async function hammer(
  url: string,
  cookie: string,
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    timeout: 10,
    headers: { cookie },
  });
  return {
    connections,
    durationS,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
