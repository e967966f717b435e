/*
 * The fixed icons are drawn once per page by <IconSprite /> (root layout) and
 * placed with <use>: a list page with a hundred icons stays two small
 * elements per icon, in the HTML and in the React payload alike.
 */
type IconProps = { className?: string };

const SHAPES = {
  edit: (
    <>
      <path d="M4 20h4L19 9l-4-4L4 16v4Z" />
      <path d="m13.5 6.5 4 4" />
    </>
  ),
  download: (
    <>
      <path d="M12 4v11m0 0-4-4m4 4 4-4" />
      <path d="M5 19h14" />
    </>
  ),
  trash: (
    <>
      <path d="M4 7h16M10 11v6m4-6v6" />
      <path d="M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
    </>
  ),
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </>
  ),
};

type Shape = keyof typeof SHAPES;

const LINE_ICON = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function IconSprite() {
  return (
    <svg aria-hidden="true" className="absolute h-0 w-0 overflow-hidden">
      {Object.entries(SHAPES).map(([name, shape]) => (
        <symbol key={name} id={`icon-${name}`} {...LINE_ICON}>
          {shape}
        </symbol>
      ))}
    </svg>
  );
}

function Icon({ shape, className }: IconProps & { shape: Shape }) {
  return (
    <svg aria-hidden="true" className={className ?? 'h-4 w-4'}>
      <use href={`#icon-${shape}`} />
    </svg>
  );
}

export const EditIcon = (props: IconProps) => <Icon shape="edit" {...props} />;
export const DownloadIcon = (props: IconProps) => <Icon shape="download" {...props} />;
export const TrashIcon = (props: IconProps) => <Icon shape="trash" {...props} />;
export const SearchIcon = (props: IconProps) => <Icon shape="search" {...props} />;

export const SortIcon = ({ direction, className }: IconProps & { direction?: 'asc' | 'desc' }) => (
  <svg aria-hidden="true" {...LINE_ICON} className={className ?? 'h-4 w-4'}>
    {direction !== 'desc' && <path d="m8 10 4-4 4 4" />}
    {direction !== 'asc' && <path d="m8 14 4 4 4-4" />}
  </svg>
);

export const Spinner = ({ className }: IconProps) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className={`animate-spin ${className ?? 'h-4 w-4'}`}
  >
    <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" fill="none" />
    <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" fill="none" strokeLinecap="round" />
  </svg>
);
