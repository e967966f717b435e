import type { Connection } from '@/db';
import type { Actor } from '@/lib/authz';
import { findVisibleCustomer } from '@/lib/customers';
import { domainsCsvChunks } from '@/lib/domains-csv';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/list-params';
import { log } from '@/lib/log';
import { signInPath } from '@/lib/session';

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function textResponse(status: number, body: string, extra = {}) {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      ...COMMON_HEADERS,
      ...extra,
    },
  });
}

/** Missing, hidden and malformed ids all get exactly this. */
const notFoundResponse = () => textResponse(404, 'Not found.\n');

function wantsHtml(headers: Headers): boolean {
  return /\btext\/html\b/i.test(headers.get('accept') ?? '');
}

function unauthenticated(rawId: string, headers: Headers): Response {
  if (wantsHtml(headers)) {
    const back = `/customers/${encodeURIComponent(rawId)}/domains.csv`;
    return new Response(null, {
      status: 307,
      headers: { Location: signInPath(back), ...COMMON_HEADERS },
    });
  }
  return textResponse(401, 'Sign in to download this file.\n');
}

/** Letters, digits and a few harmless marks; everything else goes. */
export function asciiFileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 ._()&+,-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100)
    .trim();
  return stem || 'customer';
}

/** RFC 8187 value characters: encodeURIComponent leaves a few too many. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function contentDisposition(customerName: string, now: Date): string {
  const suffix = `-domains-${now.toISOString().slice(0, 10)}.csv`;
  const real = customerName.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return (
    `attachment; filename="${asciiFileStem(customerName)}${suffix}"; ` +
    `filename*=UTF-8''${encodeExtValue(real + suffix)}`
  );
}

/** A client that takes no data for this long is treated as gone. */
export const STALLED_MS = 60_000;

/**
 * A web stream over the chunks. Cancelling it, the request's abort signal,
 * or a client that stops reading for STALLED_MS ends the iterator, which
 * frees the database connection.
 */
export function byteStream(
  chunks: AsyncIterator<Uint8Array>,
  context: Record<string, unknown> = {},
  signal?: AbortSignal,
  stalledMs = STALLED_MS,
): ReadableStream<Uint8Array> {
  let ended = false;
  let stall: NodeJS.Timeout | undefined;
  const end = async (reason: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(stall);
    log.info('csv.aborted', { ...context, reason });
    try {
      await chunks.return?.();
    } catch (error) {
      log.warn('csv.abort_cleanup_failed', { ...context, error });
    }
  };
  signal?.addEventListener('abort', () => void end('client closed'), { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      clearTimeout(stall);
      try {
        const next = await chunks.next();
        // The client may have left while this chunk was being read.
        if (ended) return;
        if (next.done) {
          ended = true;
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        stall = setTimeout(() => {
          void end('client stalled');
          controller.error(new Error('client stopped reading'));
        }, stalledMs);
        stall.unref();
      } catch (error) {
        if (ended) return;
        ended = true;
        log.error('csv.stream_failed', { ...context, error });
        controller.error(error);
      }
    },
    cancel: () => end('cancelled'),
  });
}

export type CsvRequest = {
  connection: Connection;
  actor: Actor | null;
  rawId: string;
  headers: Headers;
  /** Aborts when the client goes away. */
  signal?: AbortSignal;
  now?: Date;
};

/** GET /customers/[id]/domains.csv, without Next's request scope. */
export async function domainsCsvResponse(request: CsvRequest) {
  const { connection, actor, rawId, headers } = request;
  if (!actor) return unauthenticated(rawId, headers);
  const id = parseId(rawId);
  if (id === undefined) return notFoundResponse();
  let customer;
  try {
    customer = await findVisibleCustomer(connection.db, actor, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') {
      return notFoundResponse();
    }
    throw error;
  }
  const context = { customerId: id, actorId: actor.id };
  const chunks = domainsCsvChunks(connection, customer);
  return new Response(byteStream(chunks, context, request.signal), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': contentDisposition(
        customer.name,
        request.now ?? new Date(),
      ),
      ...COMMON_HEADERS,
    },
  });
}
