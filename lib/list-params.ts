export const PAGE_SIZE = 25;

type Raw = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Search text, page number and sort from the URL, with safe defaults. */
export function readListParams<S extends string>(
  raw: Raw,
  sorts: readonly S[],
  defaultSort: S,
) {
  const q = (first(raw.q) ?? '').slice(0, 200).trim();
  const pageRaw = Number(first(raw.page));
  const page =
    Number.isSafeInteger(pageRaw) && pageRaw >= 1 ? Math.min(pageRaw, 1_000_000) : 1;
  const sortRaw = first(raw.sort);
  const sort = sorts.find((s) => s === sortRaw) ?? defaultSort;
  return { q, page, sort };
}

/** A URL for the same list with some parameters changed. */
export function listHref(
  path: string,
  current: { q?: string; page?: number; sort?: string },
  change: { q?: string; page?: number; sort?: string },
  defaults: { sort: string },
) {
  const merged = { ...current, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.sort && merged.sort !== defaults.sort) params.set('sort', merged.sort);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A positive int4 written plainly: `0`, `1e3`, `-1`, `01` are not ids. */
export function parseId(raw: string): number | undefined {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : undefined;
}

/** The last page that has rows, when `page` is past it; otherwise null. */
export function pageBeyondEnd(page: number, total: number, pageSize = PAGE_SIZE) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  return page > last ? last : null;
}
