// Static checks over every built page: valid HTML (W3C Nu checker), internal links and fragments
// that resolve, a sitemap that lists every page, and security headers shipped for the host.
import { describe, expect, it } from 'vitest';
import { distDir, distFile } from '../support/dist';
import { builtPages } from '../support/site-pages';
import { brokenLinks, vnuErrors } from '../support/static-checks';

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
