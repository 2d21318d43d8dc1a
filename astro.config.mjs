// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { site, base } from './src/site-config.mjs';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { leanPages } from './src/integrations/lean-pages.ts';
import { rehypeGlossary } from './src/markdown/rehype-glossary.ts';
import { readGlossaryTerms } from './src/markdown/glossary-terms.ts';

// The theme is applied by a tiny script inlined in every page's <head> (src/layouts/Base.astro):
// no request before the first paint, no flash of the wrong theme. The CSP allows it by its hash.
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8')).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate caches let the tests build small fixture catalogues without touching the real one's.
  cacheDir: process.env.KATALOG_CACHE_DIR ?? './node_modules/.astro',
  // Every stylesheet is inlined: no render-blocking request before the first paint. Each page's own
  // CSS is small (the global sheet ~2 KB gzip; KaTeX's ~7 KB only on pages that show a formula).
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Math in the content is typeset by KaTeX at build time; the browser gets HTML and MathML only.
    processor: unified({
      // Text shows as written: the decree's straight quotes, "--" and "..." are not typeset as curly
      // quotes and dashes (the open data and the page must say the same, issue 15).
      smartypants: false,
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }],
        // The first use of each glossary term links to its entry.
        [rehypeGlossary, { terms: readGlossaryTerms, href: (/** @type {string} */ id) => `${base.replace(/\/?$/, '/')}istilah/${id}/` }],
      ],
    }),
  },
  // robots.txt (src/pages/robots.txt.ts) names the sitemap that @astrojs/sitemap writes.
  integrations: [mdx(), preact(), leanPages(), pagefindSearch(), sitemap(), serviceWorker()],
  vite: {
    plugins: [
      {
        // A dynamic import loads its module, and then that module's imports, without Vite's preload
        // helper (880 bytes gzip on every page) to fetch them alongside: what a page imports on
        // demand (the header search, the service worker's registration, the IKM and sum
        // computations) is small, with few imports of its own. Set on the browser's build, where
        // Astro's own default ({ polyfill: false }) would otherwise win over `build.modulePreload`.
        name: 'katalog:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    build: {
      // Fonts and images stay files (cached once, allowed by font-src 'self'), never data: URIs in CSS.
      // A component's <script> that imports nothing at run time and is under 4 KB is written into the
      // page by Astro (its default for scripts): the frame's small scripts (theme, menu, print,
      // update notice) then cost no request before the first paint, and an indicator page's LCP
      // does not wait for them (README, "Budgets").
      assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? undefined : false),
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's helper for dynamic imports, used by the header's search, the calculators and the
              // search page: a file of its own, so that a page without a calculator does not load the
              // calculators' code for it.
              { name: 'dynamic-import', test: /vite\/preload-helper/, priority: 2 },
              // What every calculator island loads, in one file rather than five: Preact, its
              // hooks and JSX runtime, Astro's renderer for it, and the calculators' shared code
              // (CalculatorForm and what it imports, and the loading of a large kind's computation).
              // Only pages with a calculator load it.
              { name: 'calculator', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|(CalculatorForm|use-computation)\.tsx$/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  security: {
    // A Content Security Policy in every page's <meta>, with hashes for Astro's own scripts and
    // styles, and for the theme script. Pagefind runs WebAssembly ('wasm-unsafe-eval'); KaTeX
    // positions glyphs with inline style attributes (style-src-attr only). No other inline script
    // is allowed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The service worker (src/integrations/service-worker.ts) and the web app manifest.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
