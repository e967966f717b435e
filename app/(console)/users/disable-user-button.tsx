'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

import { Spinner } from '@/components/icons';
import { useToast } from '@/components/toaster';

import { setUserDisabledAction } from './actions';

type Props = { id: number; email: string; disabled: boolean };

export function DisableUserButton({ id, email, disabled }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="btn-secondary !px-2.5 !py-1 text-xs"
      disabled={pending}
      aria-label={`${disabled ? 'Enable' : 'Disable'} ${email}`}
      onClick={() =>
        start(async () => {
          const result = await setUserDisabledAction(id, !disabled);
          toast(result.ok ? 'success' : 'error', result.message ?? '');
          if (result.ok) router.refresh();
        })
      }
    >
      {pending && <Spinner className="h-3 w-3" />}
      {disabled ? 'Enable' : 'Disable'}
    </button>
  );
}
