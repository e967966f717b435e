import { SearchIcon } from './icons';

type Props = {
  action: string;
  q: string;
  label: string;
  placeholder: string;
  keep?: Record<string, string | undefined>;
};

/** A GET form, so the search lives in the URL and can be bookmarked. */
export function SearchForm({ action, q, label, placeholder, keep = {} }: Props) {
  return (
    <form action={action} method="get" role="search" className="flex w-full max-w-md gap-2">
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input id="q" name="q" type="search" defaultValue={q} placeholder={placeholder} className="input !pl-8" maxLength={200} />
      </div>
      <button type="submit" className="btn-secondary">
        Search
      </button>
    </form>
  );
}
