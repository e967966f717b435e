import { safeCallbackPath } from '@/lib/safe-redirect';

describe('safeCallbackPath', () => {
  it.each([
    'https://other.example/',
    '//other.example',
    '/\\other.example',
    '\\\\other.example',
    'javascript:alert(1)',
    'http:/other.example',
    '/\t/other.example',
    '',
    '/login?callbackUrl=https://other.example',
    '/api/auth/signout',
  ])('sends %j to the home page', (raw) => {
    expect(safeCallbackPath(raw)).toBe('/customers');
  });

  it.each([
    ['/customers/12/edit', '/customers/12/edit'],
    ['/customers?q=acme&page=2', '/customers?q=acme&page=2'],
    ['/customers/5/domains.csv', '/customers/5/domains.csv'],
    // An encoded backslash is a path segment here, not a host.
    ['/%5Cother.example', '/%5Cother.example'],
  ])('keeps the same-site path %j', (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it('ignores values that are not strings', () => {
    expect(safeCallbackPath(undefined)).toBe('/customers');
    expect(safeCallbackPath(['/customers/1'])).toBe('/customers');
  });
});
