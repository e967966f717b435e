export const HOME = '/customers';

/**
 * A same-site path to send the user to after sign-in; anything that could
 * leave the site (absolute URLs, `//host`, `/\host`, odd characters) or loop
 * back to the sign-in page becomes the home page.
 */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return HOME;
  if (!raw.startsWith('/') || raw.startsWith('//')) return HOME;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return HOME;
  let url: URL;
  try {
    url = new URL(raw, 'http://console.invalid');
  } catch {
    return HOME;
  }
  if (url.origin !== 'http://console.invalid') return HOME;
  if (url.pathname === '/login' || url.pathname.startsWith('/api/auth')) return HOME;
  return url.pathname + url.search + url.hash;
}
