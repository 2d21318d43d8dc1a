/**
 * robots.txt: every page may be crawled, and the sitemap (written by @astrojs/sitemap) is named at
 * its address under the configured site and base.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../catalogue/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
