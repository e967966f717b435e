import { Link } from './link';

type Common = {
  label: string;
  tooltip: string;
  icon: React.ReactNode;
};

/** An icon-only link with an accessible name and a tooltip. */
export function IconLink({ label, tooltip, icon, href, download }: Common & { href: string; download?: boolean }) {
  if (download) {
    // A plain anchor: the browser must download, not client-side navigate.
    return (
      <a href={href} download aria-label={label} data-tip={tooltip} className="icon-btn">
        {icon}
      </a>
    );
  }
  return (
    <Link href={href} aria-label={label} data-tip={tooltip} className="icon-btn">
      {icon}
    </Link>
  );
}

export function IconButton({
  label,
  tooltip,
  icon,
  danger = false,
  ...props
}: Common & { danger?: boolean } & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'children'>) {
  return (
    <button
      type="button"
      aria-label={label}
      data-tip={tooltip}
      className={danger ? 'icon-btn-danger' : 'icon-btn'}
      {...props}
    >
      {icon}
    </button>
  );
}
