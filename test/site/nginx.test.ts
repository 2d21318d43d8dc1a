// The nginx configurations shipped in deploy/nginx/, run by a real nginx (Debian's /usr/sbin/nginx):
// the security headers of public/_headers on every answer, the site's own 404 page, gzip, long
// caching for Astro's hashed files, and the site built for /katalog/ served under that sub-path.
// The test's nginx.conf is made from the shipped files, changing only ports, folders and paths.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { distDir } from '../support/dist';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = join(projectRoot, 'deploy/nginx');
const BASE = '/katalog/';

const work = mkdtempSync(join(tmpdir(), 'katalog-nginx-'));
/** Holds katalog/, the site built for the sub-path, as a host's document root would. */
const www = join(work, 'www');
let nginx: ChildProcess | undefined;
let root: string;
let subpath: string;

/** The `/*` headers of public/_headers, as name/value pairs. */
function headersFile(): [string, string][] {
  return readFileSync(join(projectRoot, 'public/_headers'), 'utf8')
    .split('\n')
    .map((line) => /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]);
}

/** Replaces text the shipped file must contain; fails if it no longer does, so the test follows the file. */
function change(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the shipped nginx configuration no longer contains ${JSON.stringify(from)}`);
  return text.split(from).join(to);
}

/** The shipped file with the snippets' install paths pointed at deploy/nginx/. */
function shipped(name: string): string {
  return change(readFileSync(join(DEPLOY, name), 'utf8'), '/etc/nginx/snippets/', `${DEPLOY}/`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP GET (fetch would undo the gzip this test looks at). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      await get(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}:\n${readFileSync(join(work, 'error.log'), 'utf8')}`);
}

beforeAll(async () => {
  // `npm test` installs nginx first (scripts/test-tools.sh); run directly, say what is missing.
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX}: run npm test, which installs it (scripts/test-tools.sh)`);
  mkdirSync(www);
  const build = await runAstroBuild({ outDir: join(www, 'katalog'), env: { KATALOG_BASE: BASE, KATALOG_CACHE_DIR: join(work, 'cache') } });
  if (build.code !== 0) throw new Error(build.output);

  const [rootPort, subpathPort] = [await freePort(), await freePort()];
  let site = shipped('katalog.conf');
  site = change(site, 'listen 80;', `listen 127.0.0.1:${rootPort};`);
  site = change(site, 'root /var/www/katalog;', `root ${distDir};`);
  let sub = shipped('katalog-subpath.conf');
  sub = change(sub, 'root /var/www/html;', `root ${www};`);
  const temp = (name: string) => `${name} ${join(work, name.replace(/_path$/, ''))};`;
  // Started as root, nginx would run its workers as nobody, who cannot read the worktree.
  const conf = `daemon off;
user root;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n    ')}

${site}

    server {
        listen 127.0.0.1:${subpathPort};
${sub}
    }
}
`;
  const confPath = join(work, 'nginx.conf');
  writeFileSync(confPath, conf);
  nginx = spawn(NGINX, ['-e', join(work, 'error.log'), '-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (d) => (stderr += d));
  nginx.on('exit', (code) => {
    if (code) console.error(`nginx exited with ${code}: ${stderr}`);
  });
  root = `http://127.0.0.1:${rootPort}/`;
  subpath = `http://127.0.0.1:${subpathPort}${BASE}`;
  await waitForServer(root);
  await waitForServer(subpath);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

/** Every header of public/_headers, with its exact value. */
function expectSecurityHeaders(answer: Answer): void {
  const pairs = headersFile();
  // public/_headers sets seven headers (CSP, nosniff, frame, referrer, permissions, COOP, CORP).
  expect(pairs.length).toBe(7);
  for (const [name, value] of pairs) expect(answer.headers[name.toLowerCase()], name).toBe(value);
}

/** One hashed script Astro wrote, e.g. "_astro/calculator.C5i_FvIj.js" (stylesheets are inlined). */
/** A hashed script large enough to be gzipped (gzip_min_length 256: a component's one-line module is not). */
function astroFile(site: string): string {
  const name = readdirSync(join(site, '_astro')).find((f) => /\.[\w-]{8}\.js$/.test(f) && statSync(join(site, '_astro', f)).size > 1024);
  if (!name) throw new Error(`no hashed script in ${site}/_astro`);
  return `_astro/${name}`;
}

describe.each([
  { where: 'at the root (katalog.conf)', url: () => root, dir: () => distDir },
  { where: `under ${BASE} (katalog-subpath.conf)`, url: () => subpath, dir: () => join(www, 'katalog') },
])('nginx serving the site $where', ({ url, dir }) => {
  it('serves a page with the security headers of public/_headers', async () => {
    const answer = await get(`${url()}indikator/nilai-realisasi-investasi/`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(answer);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.body.toString()).toBe(readFileSync(join(dir(), 'indikator/nilai-realisasi-investasi/index.html'), 'utf8'));
  });

  it('answers an unknown address with status 404 and the site\'s own 404 page', async () => {
    const answer = await get(`${url()}indikator/tidak-ada/`);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe(readFileSync(join(dir(), '404.html'), 'utf8'));
    expectSecurityHeaders(answer);
  });

  it('gzips pages for browsers that accept it', async () => {
    const answer = await get(`${url()}indikator/`, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    const html = readFileSync(join(dir(), 'indikator/index.html'));
    expect(gunzipSync(answer.body).equals(html)).toBe(true);
    expect(answer.body.length).toBeLessThan(html.length / 2);
  });

  it('lets browsers keep Astro\'s hashed files for a year, with the security headers still sent', async () => {
    const file = astroFile(dir());
    const answer = await get(`${url()}${file}`, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    // 365 days x 86,400 s = 31,536,000 s.
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(answer);
  });

  it('serves the open data CSV as text/csv', async () => {
    const answer = await get(`${url()}data/indikator.csv`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expectSecurityHeaders(answer);
  });

  it('serves the DCAT catalogue as JSON-LD and the workbooks as xlsx', async () => {
    const catalog = await get(`${url()}data/catalog.jsonld`);
    expect(catalog.status).toBe(200);
    expect(catalog.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expectSecurityHeaders(catalog);
    const workbook = await get(`${url()}data/indikator.xlsx`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('serves the search index', async () => {
    const answer = await get(`${url()}pagefind/pagefind-entry.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body.toString())).toHaveProperty('languages');
  });

  it('redirects a folder address without its slash, keeping the host the visitor used', async () => {
    const answer = await get(`${url()}indikator`);
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(`${new URL(url()).pathname}indikator/`);
  });
});

describe(`the site built for ${BASE}`, () => {
  it('links to its assets under the sub-path, which nginx serves', async () => {
    const page = (await get(`${subpath}indikator/nilai-realisasi-investasi/`)).body.toString();
    const assets = [...page.matchAll(/(?:href|src)="(\/[^"]*_astro\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith(`${BASE}_astro/`), asset).toBe(true);
      expect((await get(new URL(asset, subpath).href)).status, asset).toBe(200);
    }
  });
});
