'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { IconButton } from '@/components/icon-button';
import { Spinner, TrashIcon } from '@/components/icons';
import { useToast } from '@/components/toaster';
import type { DeletePreview } from '@/lib/customers';

import { deleteCustomerAction, previewDeleteAction } from './actions';

type Props = { id: number; name: string; afterDelete?: string };

function plural(n: number, word: string) {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function Consequences({ preview }: { preview: DeletePreview }) {
  const { children } = preview;
  if (children.total > 0) {
    const more = children.total - children.names.length;
    return (
      <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="delete-blocked">
        <p className="font-medium">
          This customer still manages {plural(children.total, 'sub-account')}, so it cannot be deleted.
        </p>
        <p className="mt-1">
          {children.names.join(', ')}
          {more > 0 ? `, and ${more} more` : ''}. Move or delete them first.
        </p>
      </div>
    );
  }
  return (
    <p className="text-sm text-slate-700">
      Its {plural(preview.userCount, 'user')} and {plural(preview.domainCount, 'domain')} will be
      deleted with it. Users lose access at once. This cannot be undone.
    </p>
  );
}

/** The Delete icon and its confirmation dialog. */
export function DeleteCustomerButton({ id, name, afterDelete }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<DeletePreview>();
  const [error, setError] = useState<string>();
  const [loading, startLoading] = useTransition();
  const [deleting, startDeleting] = useTransition();

  function onOpenChange(next: boolean) {
    if (deleting) return;
    setOpen(next);
    if (!next) return;
    setError(undefined);
    setPreview(undefined);
    startLoading(async () => {
      const result = await previewDeleteAction(id);
      if (result.ok) setPreview(result.data);
      else setError(result.message);
    });
  }

  function confirm() {
    startDeleting(async () => {
      const result = await deleteCustomerAction(id);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setOpen(false);
      toast('success', result.message ?? `Customer “${name}” was deleted.`);
      if (afterDelete) router.push(afterDelete);
      router.refresh();
    });
  }

  const blocked = (preview?.children.total ?? 0) > 0;

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <IconButton label={`Delete ${name}`} tooltip="Delete" icon={<TrashIcon />} tone="danger" />
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onEscapeKeyDown={(event) => deleting && event.preventDefault()}
          onPointerDownOutside={(event) => deleting && event.preventDefault()}
        >
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            Delete customer “{name}”?
          </Dialog.Title>
          <Dialog.Description asChild>
            <div className="mt-3 space-y-3">
              {loading && (
                <p className="flex items-center gap-2 text-sm text-slate-600">
                  <Spinner /> Checking what goes with it…
                </p>
              )}
              {preview && <Consequences preview={preview} />}
            </div>
          </Dialog.Description>
          {error && (
            <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
              {error}
            </p>
          )}
          <div className="mt-6 flex justify-end gap-2">
            <Dialog.Close asChild>
              <button type="button" className="btn-secondary" disabled={deleting}>
                {blocked ? 'Close' : 'No'}
              </button>
            </Dialog.Close>
            {!blocked && (
              <button
                type="button"
                className="btn-danger"
                onClick={confirm}
                disabled={deleting || loading || !preview}
                aria-disabled={deleting || loading || !preview}
              >
                {deleting && <Spinner />}
                {deleting ? 'Deleting…' : 'Yes'}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
