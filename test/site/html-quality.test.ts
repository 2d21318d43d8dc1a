// Static checks over every built page: valid HTML (W3C Nu checker), internal links and fragments
// that resolve, a sitemap that lists every page, and security headers shipped for the host.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { distDir, distFile } from '../support/dist';
import { builtPages } from '../support/site-pages';

const pages = builtPages();

describe('valid HTML', () => {
  it('every page passes the W3C Nu HTML Checker with no error', () => {
    const jar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const files = pages.map((p) => join(distDir, p.endsWith('.html') ? p : `${p}index.html`));
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(`file:${distDir}`, '')}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
    expect(run.status).toBe(0);
  });
});

/** The file a site path points to, or undefined. */
function targetFile(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((c) => join(distDir, c)).find((f) => existsSync(f));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

describe('links', () => {
  it('every internal link and fragment on every page resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const file = page.endsWith('.html') ? page : `${page}index.html`;
      // The canonical address points at the public host, not at this build.
      const html = distFile(file).replace(/<link rel="canonical"[^>]*>/, '');
      const here = `/${page.endsWith('.html') ? page.replace(/[^/]*$/, '') : page}`;
      for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:|tel:)/.test(value)) {
          if (attr === 'src' || !value.startsWith('https://creativecommons.org/')) broken.push(`${file}: external ${attr} ${value}`);
          continue;
        }
        const url = new URL(value, `http://site${here}`);
        const target = url.pathname === here && value.startsWith('#') ? join(distDir, file) : targetFile(url.pathname);
        if (!target) {
          broken.push(`${file}: ${value}`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !idsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${file}: ${value} (no such fragment)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('sitemap', () => {
  it('lists every page except the 404 page, at the configured site', () => {
    const xml = distFile('sitemap.xml');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1)).sort();
    expect(listed).toEqual(pages.filter((p) => p !== '404.html'));
    expect(distFile('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});

describe('security', () => {
  it('every page carries a Content Security Policy that allows no inline script', () => {
    for (const page of pages) {
      const html = distFile(page.endsWith('.html') ? page : `${page}index.html`);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      const scriptSrc = /script-src[^;]*/.exec(csp!)?.[0] ?? '';
      expect(scriptSrc, page).not.toContain("'unsafe-inline'");
      expect(scriptSrc, page).not.toContain("'unsafe-eval'");
      expect(csp, page).toContain("default-src 'self'");
    }
  });

  it('ships security headers for hosts that honour a _headers file', () => {
    const headers = distFile('_headers');
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options: nosniff', 'X-Frame-Options: DENY', 'Referrer-Policy']) {
      expect(headers).toContain(name);
    }
  });
});
