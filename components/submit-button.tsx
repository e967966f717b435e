'use client';

import { useFormStatus } from 'react-dom';

import { Spinner } from './icons';

type SubmitButtonProps = {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  pending?: boolean;
};

/** Disabled and announced while its form is submitting. */
export function SubmitButton({ children, pendingText, className, pending }: SubmitButtonProps) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      disabled={busy}
      aria-disabled={busy}
      className={className ?? 'btn-primary'}
    >
      {busy && <Spinner />}
      <span>{busy ? pendingText : children}</span>
    </button>
  );
}
