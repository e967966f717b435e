import Link from 'next/link';

const base =
  'group relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50';
const tone = { neutral: '', danger: 'hover:!bg-red-50 hover:!text-red-700' };

function Tooltip({ text }: { text: string }) {
  return (
    <span
      aria-hidden="true"
      className="pointer-events-none absolute bottom-full left-1/2 z-20 mb-1 hidden -translate-x-1/2 whitespace-nowrap rounded bg-slate-900 px-2 py-1 text-xs font-normal text-white group-hover:block group-focus-visible:block"
    >
      {text}
    </span>
  );
}

type Common = {
  label: string;
  tooltip: string;
  icon: React.ReactNode;
  tone?: keyof typeof tone;
};

/** An icon-only link with an accessible name and a tooltip. */
export function IconLink({
  label,
  tooltip,
  icon,
  tone: t = 'neutral',
  href,
  download,
}: Common & { href: string; download?: boolean }) {
  if (download) {
    // A plain anchor: the browser must download, not client-side navigate.
    return (
      <a href={href} download aria-label={label} className={`${base} ${tone[t]}`}>
        {icon}
        <Tooltip text={tooltip} />
      </a>
    );
  }
  return (
    <Link href={href} aria-label={label} className={`${base} ${tone[t]}`}>
      {icon}
      <Tooltip text={tooltip} />
    </Link>
  );
}

export function IconButton({
  label,
  tooltip,
  icon,
  tone: t = 'neutral',
  ...props
}: Common & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'children'>) {
  return (
    <button type="button" aria-label={label} className={`${base} ${tone[t]}`} {...props}>
      {icon}
      <Tooltip text={tooltip} />
    </button>
  );
}
