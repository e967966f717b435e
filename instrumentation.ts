export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./instrumentation-node');
    startServer();
  }
}

type RequestInfo = {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
};
type ErrorContext = { routePath: string; routeType: string };

export async function onRequestError(
  error: unknown,
  request: RequestInfo,
  context: ErrorContext,
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('@/lib/log');
  const header = request.headers['x-request-id'];
  log.error('request.failed', {
    requestId:
      (Array.isArray(header) ? header[0] : header) ??
      (error as { digest?: string }).digest,
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    routeType: context.routeType,
    error,
  });
}
