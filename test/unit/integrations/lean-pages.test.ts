// Each built page's policy lists the hashes of its own inline scripts and styles, and no other
// (src/integrations/lean-pages.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leanPage } from '../../../src/integrations/lean-pages';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const OTHER = `'sha256-${'A'.repeat(43)}='`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('a page with a policy of its own', () => {
  it("lists its inline scripts' and styles' hashes in place of the whole site's", () => {
    const body = `<script>a()</script><script type="application/ld+json">{}</script><script type="module" src="/x.js"></script><style>p{color:red}</style>`;
    const out = leanPage(page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${OTHER} ${hash('a()')}; style-src 'self' ${OTHER}; style-src-attr 'unsafe-inline';`, body), 'x.html');
    const policy = /content="([^"]*)"/.exec(out)![1]!;
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};`);
    expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')};`);
    expect(policy).not.toContain(OTHER);
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(policy).not.toContain(hash('{}')); // JSON-LD is data, not a script that runs
  });

  it('takes no "<style>" written in a comment or a script for a style', () => {
    const body = `<!-- a <style> before the island --><div><style>x-island{display:contents}</style><script>s('<style>')</script></div>`;
    const policy = /content="([^"]*)"/.exec(leanPage(page(`script-src 'self'; style-src 'self'`, body), 'x.html'))![1]!;
    expect(policy).toBe(`script-src 'self' ${hash("s('<style>')")}; style-src 'self' ${hash('x-island{display:contents}')}`);
  });

  it('hashes the KaTeX stylesheet as it is once cut', () => {
    const css = '.katex{font:1em KaTeX_Main}.katex .mfrac{x:1}@font-face{font-family:KaTeX_Main;src:url(a.woff2)format("woff2")}@font-face{font-family:KaTeX_Math;src:url(b.woff2)format("woff2")}';
    const out = leanPage(page(`style-src 'self' ${hash(css)}`, `<style>${css}</style><span class="katex"></span>`), 'x.html');
    const cut = /<style>([^<]*)<\/style>/.exec(out)![1]!;
    expect(cut).toBe('.katex{font:1em KaTeX_Main}@font-face{font-family:KaTeX_Main;src:url(a.woff2)format("woff2")}');
    expect(out).toContain(`style-src 'self' ${hash(cut)}`);
  });

  it('fails, naming the file, when a page with inline code has no policy', () => {
    expect(() => leanPage('<html><head><style>p{}</style></head></html>', 'indikator/x/index.html')).toThrow('indikator/x/index.html');
  });
});

describe("a page's module scripts", () => {
  // A module script runs once the page is parsed, wherever it stands: at the end of the body it
  // does not split the first paint (src/integrations/lean-pages.ts).
  it('move to the end of the body, in their order, inline ones keeping their hash', () => {
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self'"><script>theme()</script></head><body><header><script type="module" src="/search.js"></script><script type="module">menu()</script></header><main><h1>Judul</h1></main></body></html>`;
    const out = leanPage(html, 'x.html');
    expect(out).toContain('<head><meta');
    expect(out).toContain('<script>theme()</script></head>');
    expect(out).toContain('<header></header><main><h1>Judul</h1></main><script type="module" src="/search.js"></script><script type="module">menu()</script></body></html>');
    expect(out).toContain(`script-src 'self' ${hash('theme()')} ${hash('menu()')}`);
  });

  it('fail the page, naming it, when it has no </body> to put them before', () => {
    expect(() => leanPage('<html><head></head><script type="module" src="/a.js"></script>', 'cari/index.html')).toThrow('cari/index.html');
  });
});
