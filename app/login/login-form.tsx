'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Field } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';

const MESSAGES = {
  failed: 'Wrong email or password.',
  throttled: 'Too many failed attempts. Wait a few minutes and try again.',
  unavailable: 'Sign-in is unavailable right now. Try again shortly.',
};

type Props = { callbackUrl: string; initialError?: keyof typeof MESSAGES };

/**
 * A sign-in that was asked for by a file download starts that download and
 * goes on to the customer's page, instead of sitting on the sign-in form.
 */
function startDownload(callbackUrl: string): string {
  const file = /^\/customers\/(\d+)\/domains\.csv$/.exec(callbackUrl.split('?')[0]);
  if (!file) return callbackUrl;
  const link = document.createElement('a');
  link.href = callbackUrl;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
  return `/customers/${file[1]}`;
}

export function LoginForm({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<keyof typeof MESSAGES | undefined>(initialError);
  const [pending, setPending] = useState(false);

  // A submit handler rather than a form action: actions reset the form and
  // show their pending state only once they finish.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', { email, password, redirect: false }).catch(
      () => undefined,
    );
    if (result?.ok && !result.error) {
      router.replace(startDownload(callbackUrl));
      router.refresh();
      return;
    }
    setPending(false);
    setPassword('');
    if (!result) setError('unavailable');
    else if (result.error === 'TooManyAttempts') setError('throttled');
    else setError('failed');
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field id="email" label="Email">
        {(describedBy) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            className="input"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id="password" label="Password">
        {(describedBy) => (
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="input"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <div role="alert" className="min-h-5 text-sm text-red-700">
        {error && MESSAGES[error]}
      </div>
      <SubmitButton pendingText="Signing in…" className="btn-primary w-full" pending={pending}>
        Sign in
      </SubmitButton>
    </form>
  );
}
