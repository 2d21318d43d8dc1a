// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { site, base } from './src/site-config.mjs';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate caches let the tests build small fixture catalogues without touching the real one's.
  cacheDir: process.env.KATALOG_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    // Math in the content is typeset by KaTeX at build time; the browser gets HTML and MathML only.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }]],
    }),
  },
  integrations: [mdx(), preact()],
});
