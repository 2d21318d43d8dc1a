// Static checks over every built page: valid HTML (W3C Nu checker), internal links and fragments
// that resolve, a sitemap that lists every page, and security headers shipped for the host.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, distFile } from '../support/dist';
import { builtPages } from '../support/site-pages';
import { brokenLinks, vnuErrors } from '../support/static-checks';
import { distDocument } from '../support/dom';
import { site } from '../../src/site-config.mjs';

const pages = builtPages();

describe('valid HTML', () => {
  it('every page passes the W3C Nu HTML Checker with no error', () => {
    const run = vnuErrors(distDir, pages);
    expect(run.error).toBeUndefined();
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('links', () => {
  it('every internal link and fragment on every page resolves', () => {
    expect(brokenLinks(distDir, pages)).toEqual([]);
  });
});

/** The <loc> addresses of a sitemap file of the build. */
function locations(path: string): URL[] {
  return parse(distFile(path)).querySelectorAll('loc').map((loc) => new URL(loc.textContent.trim()));
}

describe('sitemap', () => {
  it('lists every page except the 404 page, at the configured site, and robots.txt names it', () => {
    const origin = new URL(site).origin;
    expect(distFile('robots.txt').split('\n')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    const sitemaps = locations('sitemap-index.xml');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((s) => {
      expect(s.origin).toBe(origin);
      return locations(s.pathname.slice(1));
    });
    for (const url of listed) expect(url.origin).toBe(origin);
    expect(listed.map((url) => url.pathname.slice(1)).sort()).toEqual(pages.filter((p) => p !== '404.html'));
  });
});

describe('security', () => {
  it('every page carries a Content Security Policy that allows no inline script', () => {
    for (const page of pages) {
      const csp = distDocument(page).querySelector('head > meta[http-equiv="content-security-policy" i]')?.getAttribute('content');
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
