/**
 * Makes the built site work without a connection: once Astro has written `dist/`, Workbox
 * (`workbox-build`) writes a service worker that precaches every page, stylesheet, script and icon,
 * so that after one visit online the catalogue, the manual, the glossary and the worksheet open and
 * compute offline. Fonts (KaTeX's, fetched only by pages with math) and Pagefind's index and wasm
 * (fetched only when someone searches) are cached when first used, not precached. Nothing from
 * another origin is ever cached. The worker takes over at once (`skipWaiting`, `clientsClaim`), so a
 * new build reaches people on their next visit; `src/components/frame/offline.ts` registers it and says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_PATH } from '../catalogue/paths';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'katalog:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          swDest: join(site, SERVICE_WORKER_PATH),
          globPatterns: ['**/*.{html,css,js,svg,png,ico,webmanifest}'],
          // Not the MS-Ind metadata pages: a data steward's desk work, fetched when opened.
          globIgnores: ['pagefind/**', 'indikator/*/ms-ind/**', SERVICE_WORKER_PATH],
          // One file, no workbox-*.js beside it: nothing else to fetch, nothing to go stale.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Every page is static: a query string only carries a calculator's figures or a search
          // (?a=3.120&b=4.000, ?q=...), read by the page's script, so it never changes the page.
          ignoreURLParametersMatching: [/./],
          // Astro's hashed file names already change with their content.
          dontCacheBustURLsMatching: /^_astro\//,
          runtimeCaching: [
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/pagefind/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'katalog-pencarian' },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(?:woff2?|ttf)$/.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: 'katalog-huruf' },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files, ${(size / 1000).toFixed(0)} KB`);
      },
    },
  };
}
