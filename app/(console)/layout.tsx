import { Link } from '@/components/link';
import { NavLink } from '@/components/nav-link';
import { SignOutButton } from '@/components/sign-out-button';
import { getActor } from '@/lib/session';

const ROLE_LABEL = { admin: 'Administrator', support: 'Support (read-only)', customer: 'Customer' };

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  // Pages check access themselves; the shell only shows who is signed in.
  const actor = await getActor();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/customers" className="flex items-center gap-2 font-semibold text-slate-900">
            <img src="/icon.svg" alt="" className="h-7 w-7" />
            Customer Console
          </Link>
          {actor && (
            <nav aria-label="Main" className="flex items-center gap-1">
              <NavLink href="/customers">Customers</NavLink>
              <NavLink href="/users">Users</NavLink>
              {actor.role === 'admin' && <NavLink href="/activity">Activity</NavLink>}
            </nav>
          )}
          {actor && (
            <div className="ml-auto flex items-center gap-3">
              <div className="text-right text-sm leading-tight" data-testid="signed-in-user">
                <div className="font-medium text-slate-900">{actor.fullName}</div>
                <div className="text-xs text-slate-500">
                  {actor.email} · {ROLE_LABEL[actor.role]}
                  {actor.customerName ? ` · ${actor.customerName}` : ''}
                </div>
              </div>
              <SignOutButton />
            </div>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
