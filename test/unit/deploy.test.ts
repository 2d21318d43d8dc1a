// The server configurations in deploy/ send exactly the security headers of public/_headers, so a
// header added there cannot be forgotten for nginx or Apache. (test/site/nginx.test.ts runs nginx.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Header name/value pairs of public/_headers (the `/*` block, its only one). */
const expected = [...read('public/_headers').matchAll(/^\s+([\w-]+):\s*(.+?)\s*$/gm)].map((m) => [m[1], m[2]]);

describe('deploy/ configurations', () => {
  it('public/_headers sets seven headers (CSP, nosniff, frame, referrer, permissions, COOP, CORP)', () => {
    expect(expected.map(([name]) => name)).toContain('Content-Security-Policy');
    expect(expected).toHaveLength(7);
  });

  it('nginx adds the same headers, on every answer (404s included)', () => {
    const lines = [...read('deploy/nginx/katalog-headers.conf').matchAll(/^add_header ([\w-]+) "(.+)" always;$/gm)];
    expect(lines.map((m) => [m[1], m[2]])).toEqual(expected);
  });

  it('Apache sets the same headers, on every answer (404s included)', () => {
    const lines = [...read('deploy/apache/htaccess').matchAll(/^\s*Header always set ([\w-]+) "(.+)"$/gm)];
    expect(lines.map((m) => [m[1], m[2]])).toEqual(expected);
  });

  it('Apache keeps hashed files for a year and answers unknown addresses with the site\'s 404 page', () => {
    const htaccess = read('deploy/apache/htaccess');
    // 365 days x 86,400 s = 31,536,000 s.
    expect(htaccess).toMatch(/<If "%\{REQUEST_URI\} =~ m#\/_astro\/#">\s+Header set Cache-Control "public, max-age=31536000, immutable"/);
    expect(htaccess).toMatch(/^ErrorDocument 404 \/404\.html$/m);
    expect(htaccess).toMatch(/AddOutputFilterByType DEFLATE text\/html text\/css/);
  });
});
