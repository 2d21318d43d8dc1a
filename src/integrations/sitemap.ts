/**
 * Writes sitemap.xml and robots.txt after the build, listing every HTML page Astro produced
 * (except the 404 page) at its canonical address.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sitemap(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'katalog:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` is needed for the sitemap');
        root = new URL(config.base.replace(/\/?$/, '/'), config.site);
      },
      'astro:build:done': async ({ dir, pages }) => {
        const urls = pages
          .map((p) => p.pathname)
          .filter((path) => path !== '404/' && path !== '404')
          .map((path) => new URL(path, root).href)
          .sort();
        const body = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
        const out = fileURLToPath(dir);
        await writeFile(
          join(out, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
        );
        await writeFile(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', root).href}\n`);
      },
    },
  };
}
