import { Link } from '@/components/link';

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="text-center">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-1 text-2xl font-semibold">Not found</h1>
        <p className="mt-2 text-sm text-slate-600">This page does not exist, or you do not have access to it.</p>
        <Link href="/customers" className="btn-primary mt-6">Go to List Customer</Link>
      </div>
    </main>
  );
}
