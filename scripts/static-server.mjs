// A small static file server over the built site, for `npm start`, the browser tests and the
// benchmark. It serves the site under its base path, answers unknown paths with the site's 404
// page, sends the security headers of public/_headers, and can gzip like a real host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.jsonld', '.csv', '.svg', '.xml', '.txt', '.webmanifest']);

/** Reads the `/*` block of a Netlify/Cloudflare-style _headers file into header pairs. */
async function readHeaders(root) {
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    return text
      .split('\n')
      .filter((line) => /^\s+\S+:/.test(line))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      });
  } catch {
    return [];
  }
}

async function fileAt(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
    return s.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a decoded request path points under `dir`, or undefined when it points outside: the path is
 * resolved like any file path (`..` segments, however they were encoded, and absolute paths
 * included) and kept only if the result is `dir` itself or lies inside it.
 */
function insideRoot(dir, relative) {
  const target = resolve(dir, relative);
  return target === dir || target.startsWith(dir + sep) ? target : undefined;
}

/**
 * Starts the server; resolves to { url, close }. `base` is the site's base path ('/' or '/katalog/').
 */
export async function startStaticServer({ root = 'dist', port = 0, host = '127.0.0.1', base = '/', gzip = false } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headers = await readHeaders(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Alamat tidak sah');
      return;
    }
    let file;
    if (pathname.startsWith(prefix)) {
      const target = insideRoot(dir, pathname.slice(prefix.length));
      if (!target) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Dilarang');
        return;
      }
      file = await fileAt(target);
      if (!file && !extname(pathname) && !pathname.endsWith('/') && (await fileAt(join(target, 'index.html')))) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= await fileAt(join(dir, '404.html'));
    for (const [name, value] of headers) res.setHeader(name, value);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan');
      return;
    }
    const ext = extname(file);
    let body = await readFile(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    const wantsGzip = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (wantsGzip) {
      body = gzipSync(body, { level: 9 });
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
