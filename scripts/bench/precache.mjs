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
  for (const url of urls) {
    const body = await readFile(join(distDir, url));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: urls.length, raw, gzip, html: urls.filter((url) => url.endsWith('.html')).length };
}
