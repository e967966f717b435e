import NextLink from 'next/link';

/**
 * next/link without prefetching. Every page here is rendered per request for
 * the signed-in user, so a prefetch is a full dynamic render that is usually
 * thrown away: a list of 25 rows would cost the server 50 of them per view.
 */
export function Link(props: React.ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
