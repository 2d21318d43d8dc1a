// The site's public address and path, the one setting for canonical URLs, the sitemap and links.
// KATALOG_SITE: where the site is published; KATALOG_BASE: a sub-path such as /katalog/ on shared hosts.

/** @type {string} */
export const site = process.env.KATALOG_SITE ?? 'https://katalog-iku.example.id';

/** @type {string} */
export const base = process.env.KATALOG_BASE ?? '/';
