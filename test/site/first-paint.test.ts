// What the first paint waits for, read from the built pages: no stylesheet or classic script to
// fetch before it (CSS and the theme script are inlined), the inlined theme script allowed by its
// hash in the Content Security Policy, each page's policy naming only its own inline code,
// KaTeX's stylesheet on exactly the pages that show math, and on an indicator page nothing fetched
// during parsing but the search box's script: module scripts after the content, the calculator
// hydrated near the screen, KaTeX's fonts cut to the formulas' characters.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFile } from '../support/dist';
import { builtPages } from '../support/site-pages';

const pages = builtPages().map((path) => ({ path, html: distFile(path.endsWith('.html') ? path : `${path}index.html`) }));
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const inlineStyles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');

describe('first paint', () => {
  it('no page fetches a stylesheet or a blocking script before it can paint', () => {
    for (const { path, html } of pages) {
      expect(head(html), path).not.toMatch(/<link rel="stylesheet"/);
      // Module scripts run after parsing; any other script with a src would block it.
      const blocking = [...head(html).matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="module"|\b(async|defer)\b/.test(tag));
      expect(blocking, path).toEqual([]);
    }
  });

  it('the inlined theme script is allowed by its hash in every page\'s policy', () => {
    for (const { path, html } of pages) {
      const script = /<script>([\s\S]*?katalog-tema[\s\S]*?)<\/script>/.exec(head(html))?.[1];
      expect(script, path).toBeDefined();
      const hash = createHash('sha256').update(script!).digest('base64');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(/script-src[^;]*/.exec(csp)?.[0], path).toContain(`'sha256-${hash}'`);
    }
  });

  it('KaTeX\'s stylesheet comes with math and only with math', () => {
    const withMath = pages.filter(({ html }) => html.includes('class="katex"'));
    expect(withMath.length).toBeGreaterThanOrEqual(48 + 1); // every indicator page, and the manual
    for (const { path, html } of pages) {
      expect(/font-family:KaTeX_Main/.test(inlineStyles(html)), path).toBe(html.includes('class="katex"'));
    }
  });
});

describe("an indicator page's first paint", () => {
  const indicators = pages.filter(({ path }) => /^indikator\/[^/]+\/$/.test(path));
  const fonts = (html: string) => [...inlineStyles(html).matchAll(/url\(([^)]*KaTeX_[^)]*\.woff2)\)/g)].map((m) => m[1]!);

  it('every page puts its module scripts after its content, where they do not split the first paint', () => {
    for (const { path, html } of pages) {
      const end = html.indexOf('</main>');
      const modules = [...html.matchAll(/<script type="module"/g)].map((m) => m.index);
      if (end >= 0) expect(modules.filter((at) => at < end), path).toEqual([]);
    }
  });

  it('hydrates its calculator when it comes near the screen, not while the page is parsed', () => {
    expect(indicators).toHaveLength(48);
    for (const { path, html } of indicators) {
      expect([...html.matchAll(/<astro-island\b[^>]*\sclient="([^"]+)"/g)].map((m) => m[1]), path).toEqual(['visible']);
    }
  });

  it('names KaTeX fonts that are in the build, each cut smaller than the whole font', () => {
    const size = (url: string) => statSync(join(distDir, url)).size;
    const whole = (url: string) => statSync(createRequire(import.meta.url).resolve(`katex/dist/fonts/${/KaTeX_[\w-]+/.exec(url)![0]}.woff2`)).size;
    const named = new Set(indicators.flatMap(({ html }) => fonts(html)));
    expect(named.size).toBeGreaterThan(0);
    for (const url of named) expect(size(url), url).toBeLessThan(whole(url));
    // The one face every formula's text uses, fetched before an indicator page's first paint.
    const main = [...named].find((url) => url.includes('KaTeX_Main-Regular.'))!;
    expect(size(main)).toBeLessThan(whole(main) / 2);
  });
});

describe("each page's Content Security Policy", () => {
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const hashesIn = (directive: string | undefined) => new Set(directive?.match(/'sha256-[^']+'/g) ?? []);

  it('allows exactly its own inline scripts and styles, by their hashes', () => {
    for (const { path, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      // Comments and scripts are matched whole, so a "<style>" written inside one is not a style.
      const code = [...html.matchAll(/<!--[\s\S]*?-->|<style>([\s\S]*?)<\/style>|<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const scripts = code.filter(([, , attrs, js]) => js !== undefined && !/\ssrc=|type="application\/(ld\+)?json"/.test(attrs!)).map(([, , , js]) => sha256(js!));
      const styles = code.filter(([, css]) => css !== undefined).map(([, css]) => sha256(css!));
      expect(styles.length, path).toBeGreaterThan(0);
      expect(hashesIn(/script-src [^;]*/.exec(csp)?.[0]), path).toEqual(new Set(scripts));
      expect(hashesIn(/style-src [^;]*/.exec(csp)?.[0]), path).toEqual(new Set(styles));
    }
  });
});
