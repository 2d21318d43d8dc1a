// The static server never serves a file outside the folder it is given, however the path is written.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';

const SECRET = 'rahasia di luar dist';

/** A GET with the path sent exactly as written (fetch and URL would normalise `..` first). */
function get(server: StaticServer, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

let folder: string;
let secretFile: string;
let servers: { root: StaticServer; katalog: StaticServer };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'unit'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>beranda</p>');
  writeFileSync(join(dist, 'unit', 'index.html'), '<p>unit</p>');
  writeFileSync(join(dist, '404.html'), '<p>tidak ada</p>');
  secretFile = join(folder, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  // A sibling whose name starts like the root: a plain prefix comparison would let it through.
  mkdirSync(join(folder, 'dist-lain'));
  writeFileSync(join(folder, 'dist-lain', 'index.html'), SECRET);
  servers = {
    root: await startStaticServer({ root: dist }),
    katalog: await startStaticServer({ root: dist, base: '/katalog/' }),
  };
});

afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves the files inside its folder, under its base path', async () => {
    expect(await get(servers.root, '/')).toEqual({ status: 200, body: '<p>beranda</p>' });
    expect(await get(servers.root, '/unit/')).toEqual({ status: 200, body: '<p>unit</p>' });
    expect(await get(servers.katalog, '/katalog/unit/')).toEqual({ status: 200, body: '<p>unit</p>' });
    // `..` that stays inside the folder is an ordinary path.
    expect(await get(servers.root, '/unit/%2e%2e/index.html')).toEqual({ status: 200, body: '<p>beranda</p>' });
    expect((await get(servers.root, '/tidak-ada/')).status).toBe(404);
  });

  const ATTEMPTS = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/unit/..%2f..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/..%5csecret.txt',
    '/..%2fdist-lain/index.html',
    '/%2e%2e%2fdist-lain%2f',
    '/%00/../secret.txt',
    '/%ZZ',
  ];

  it.each(ATTEMPTS)('refuses %s', async (path) => {
    const { status, body } = await get(servers.root, path);
    expect([400, 403, 404]).toContain(status);
    expect(body).not.toContain(SECRET);
  });

  it.each(ATTEMPTS.map((p) => `/katalog${p}`))('refuses %s under a base path', async (path) => {
    const { status, body } = await get(servers.katalog, path);
    expect([400, 403, 404]).toContain(status);
    expect(body).not.toContain(SECRET);
  });

  it('refuses an absolute path to a file outside', async () => {
    const { status, body } = await get(servers.root, `/${encodeURIComponent(secretFile)}`);
    expect(status).toBe(403);
    expect(body).not.toContain(SECRET);
  });

  it('answers an encoded escape from the folder with 403', async () => {
    expect((await get(servers.root, '/..%2fsecret.txt')).status).toBe(403);
    expect((await get(servers.katalog, '/katalog/..%2f..%2fsecret.txt')).status).toBe(403);
  });
});
