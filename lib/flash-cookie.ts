/** One-shot message a server action leaves for the page it redirects to. */
export const FLASH_COOKIE = 'flash';
