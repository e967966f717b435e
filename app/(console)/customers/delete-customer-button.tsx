'use client';

import * as Dialog from '@radix-ui/react-dialog';
import { useRouter } from 'next/navigation';
import { createContext, use, useCallback, useRef, useState, useTransition } from 'react';

import { IconButton } from '@/components/icon-button';
import { Spinner, TrashIcon } from '@/components/icons';
import { useToast } from '@/components/toaster';
import type { DeletePreview } from '@/lib/customers';

import { deleteCustomerAction, previewDeleteAction } from './actions';

type Target = { id: number; name: string };

type Open = (target: Target, opener: HTMLElement) => void;

const OpenDelete = createContext<Open | null>(null);

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

/**
 * The confirmation dialog for every Delete button inside it. A list holds one
 * dialog, not one per row: each row renders only a plain button.
 */
export function DeleteCustomerDialog({
  children,
  afterDelete,
}: {
  children: React.ReactNode;
  /** Where to go once the customer is gone; by default the page refreshes. */
  afterDelete?: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [target, setTarget] = useState<Target>();
  const [preview, setPreview] = useState<DeletePreview>();
  const [error, setError] = useState<string>();
  const [loading, startLoading] = useTransition();
  const [deleting, startDeleting] = useTransition();
  const opener = useRef<HTMLElement | null>(null);
  // Which opening a preview answers: a late answer for an earlier one is dropped.
  const opening = useRef(0);

  const open = useCallback<Open>((next, from) => {
    opener.current = from;
    const ticket = ++opening.current;
    setTarget(next);
    setPreview(undefined);
    setError(undefined);
    startLoading(async () => {
      const result = await previewDeleteAction(next.id);
      if (ticket !== opening.current) return;
      if (result.ok) setPreview(result.data);
      else setError(result.message);
    });
  }, []);

  function onOpenChange(next: boolean) {
    if (next || deleting) return;
    opening.current++;
    setTarget(undefined);
  }

  function confirm() {
    if (!target) return;
    const { id, name } = target;
    startDeleting(async () => {
      const result = await deleteCustomerAction(id);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setTarget(undefined);
      toast('success', result.message ?? `Customer “${name}” was deleted.`);
      if (afterDelete) router.push(afterDelete);
      router.refresh();
    });
  }

  const blocked = (preview?.children.total ?? 0) > 0;

  return (
    <OpenDelete value={open}>
      {children}
      <Dialog.Root open={target !== undefined} onOpenChange={onOpenChange}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <Dialog.Content
            className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
            onEscapeKeyDown={(event) => deleting && event.preventDefault()}
            onPointerDownOutside={(event) => deleting && event.preventDefault()}
            onCloseAutoFocus={(event) => {
              // Back to the button that opened it, as a dialog trigger would.
              event.preventDefault();
              if (opener.current?.isConnected) opener.current.focus();
            }}
          >
            <Dialog.Title className="text-lg font-semibold text-slate-900">
              Delete customer “{target?.name}”?
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
    </OpenDelete>
  );
}

/** The Delete icon; the DeleteCustomerDialog around it asks for confirmation. */
export function DeleteCustomerButton({ id, name }: Target) {
  const open = use(OpenDelete);
  if (!open) throw new Error('DeleteCustomerButton must be inside a DeleteCustomerDialog');
  return (
    <IconButton
      label={`Delete ${name}`}
      tooltip="Delete"
      icon={<TrashIcon />}
      danger
      aria-haspopup="dialog"
      onClick={(event) => open({ id, name }, event.currentTarget)}
    />
  );
}
