// The service worker's precache: what a first visit downloads in the background so that the site
// works offline (src/integrations/service-worker.ts), in files and bytes, raw and gzip.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function measurePrecache(distDir) {
  const worker = await readFile(join(distDir, 'sw.js'), 'utf8');
  // Workbox writes its precache list into the worker as {url:"...",revision:...} entries.
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]);
  if (urls.length === 0) throw new Error('no precache list found in dist/sw.js');
  let raw = 0;
  let gzip = 0;
  /** What each page adds to the precache: its HTML, with its inline CSS (scripts are shared files). */
  const perPage = {};
  for (const url of urls) {
    const body = await readFile(join(distDir, url));
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    if (url.endsWith('.html')) perPage[url] = zipped;
  }
  const pages = Object.values(perPage);
  return {
    files: urls.length,
    raw,
    gzip,
    html: pages.length,
    htmlGzip: pages.reduce((n, b) => n + b, 0),
    perPage,
  };
}
