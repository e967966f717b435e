'use client';

import { usePathname } from 'next/navigation';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
} from 'react';

import { FLASH_COOKIE } from '@/lib/flash-cookie';

export type ToastKind = 'success' | 'error';
type Toast = { id: number; kind: ToastKind; message: string };

const ToastContext = createContext<(kind: ToastKind, message: string) => void>(
  () => {},
);


/** Reads and clears the one-shot message a server action left before redirecting. */
function takeFlash(): { kind: ToastKind; message: string } | undefined {
  const raw = document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!raw) return undefined;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  try {
    const parsed = JSON.parse(decodeURIComponent(raw.slice(FLASH_COOKIE.length + 1)));
    if (typeof parsed?.message !== 'string') return undefined;
    return { kind: parsed.kind === 'error' ? 'error' : 'success', message: parsed.message };
  } catch {
    return undefined;
  }
}

export function Toaster({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const pathname = usePathname();

  const show = useCallback((kind: ToastKind, message: string) => {
    const id = Date.now() + Math.random();
    setToasts((current) => [...current.slice(-3), { id, kind, message }]);
    setTimeout(
      () => setToasts((current) => current.filter((toast) => toast.id !== id)),
      kind === 'error' ? 8000 : 5000,
    );
  }, []);

  useEffect(() => {
    const flash = takeFlash();
    if (flash) show(flash.kind, flash.message);
  }, [pathname, show]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        aria-live="polite"
        role="status"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 sm:items-end sm:pr-6"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            data-testid="toast"
            className={`pointer-events-auto w-full max-w-sm rounded-md px-4 py-3 text-sm font-medium shadow-lg ring-1 ${
              toast.kind === 'success'
                ? 'bg-emerald-50 text-emerald-900 ring-emerald-200'
                : 'bg-red-50 text-red-900 ring-red-200'
            }`}
          >
            {toast.message}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
