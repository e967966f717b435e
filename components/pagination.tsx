import { Link } from './link';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  noun: string;
};

export function Pagination({ page, pageSize, total, href, noun }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = 'btn-secondary !px-3 !py-1.5';
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        {total === 0
          ? `No ${noun}s`
          : `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${total.toLocaleString('en')} ${noun}${total === 1 ? '' : 's'}`}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link className={link} href={href(Math.min(page - 1, pages))} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={`${link} opacity-50`} aria-disabled="true">Previous</span>
        )}
        <span aria-current="page">
          Page {page.toLocaleString('en')} of {pages.toLocaleString('en')}
        </span>
        {page < pages ? (
          <Link className={link} href={href(page + 1)} rel="next">
            Next
          </Link>
        ) : (
          <span className={`${link} opacity-50`} aria-disabled="true">Next</span>
        )}
      </div>
    </nav>
  );
}
