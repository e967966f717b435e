import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { safeCallbackPath } from '@/lib/safe-redirect';
import { getActor } from '@/lib/session';

import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getActor()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold">
          <img src="/icon.svg" alt="" className="h-8 w-8" />
          Customer Console
        </div>
        <div className="card p-6 sm:p-8">
          <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
          <p className="mb-6 text-sm text-slate-600">Use your portal email and password.</p>
          <LoginForm callbackUrl={target} initialError={error ? 'failed' : undefined} />
        </div>
      </div>
    </main>
  );
}
