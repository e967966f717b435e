import 'server-only';

import { cookies } from 'next/headers';

import { FLASH_COOKIE } from '@/lib/flash-cookie';

export async function setFlash(kind: 'success' | 'error', message: string) {
  (await cookies()).set(
    FLASH_COOKIE,
    // Next percent-encodes the value; the toaster decodes it once.
    JSON.stringify({ kind, message }),
    // Read and cleared by the toaster in the browser, hence not HttpOnly.
    { path: '/', maxAge: 60, sameSite: 'lax', httpOnly: false },
  );
}
