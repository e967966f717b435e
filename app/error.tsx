'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** Shown instead of any unexpected failure, such as the database being away. */
export default function ErrorPage({ error, reset }: Props) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  useEffect(() => {
    document.title = 'Service unavailable · Customer Console';
  }, []);
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-red-700">Service unavailable</p>
        <h1 className="mt-1 text-2xl font-semibold">We can’t load this page right now</h1>
        <p className="mt-2 text-sm text-slate-600">
          The service is temporarily unavailable. Your data is safe; try again in a moment.
          {error.digest && <> If it keeps happening, quote reference <code>{error.digest}</code>.</>}
        </p>
        <button
          type="button"
          className="btn-primary mt-6"
          disabled={retrying}
          onClick={() =>
            // Server components must be fetched again, not just re-rendered.
            startRetry(() => {
              router.refresh();
              reset();
            })
          }
        >
          {retrying ? 'Retrying…' : 'Try again'}
        </button>
      </div>
    </main>
  );
}
