// The reference page: the same indicator in a Starlight site of the same catalogue (every indicator
// of its decree a docs page, so the sidebar lists them as a real site's would), so the benchmark
// weighs both pages with the same code, side by side. The project is written into a folder inside
// this repository (its git-ignored .cache/), where Node finds the repository's packages, and built
// with the repository's astro binary. A temporary folder with a symlink to node_modules does not
// build: Astro compiles Starlight's components under the symlink's real path, outside the project.
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { runMeasured } from './build.mjs';

/** KaTeX at build time as this site does it; Starlight adds its own Markdown plugins to the processor. */
const astroConfig = (title) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  cacheDir: './.astro-cache',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }]],
    }),
  },
  // KaTeX's stylesheet the way a Starlight site adds one: as custom CSS.
  integrations: [starlight({ title: ${JSON.stringify(title)}, customCss: ['katex/dist/katex.min.css'] })],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** An indicator's .mdx file: its id (the file name), frontmatter and body. */
async function readIndicator(file) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await readFile(file, 'utf8')) ?? [];
  if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
  return { slug: file.split('/').at(-1).replace(/\.mdx$/, ''), data: parse(frontmatter), body };
}

/**
 * The docs page of one indicator: its name as the title, the decree's text (the MDX body, plain
 * Markdown) and its formula as display math, the LaTeX this site typesets (src/domain/formula/latex.ts).
 */
async function docsPage(projectRoot, { data, body }) {
  // Node runs the TypeScript module with its types stripped; it imports nothing but types.
  const { formulaLatex } = await import(pathToFileURL(join(projectRoot, 'src/domain/formula/latex.ts')).href);
  return `---\n${stringify({ title: data.indikator })}---\n\n${body.trim()}\n\n$$\n${formulaLatex(data.rumus)}\n$$\n`;
}

/**
 * Writes the Starlight project of the indicators beside one indicator's .mdx file (its decree's
 * folder) into `dir` (a folder inside the repository) and builds it. `favicon`, an SVG file, becomes its /favicon.svg, the icon Starlight's
 * pages ask for (as in its starter project); without it the request would be answered by the 404 page. Resolves to
 * { distDir, path (the page under the site root), pages, seconds, peakMiB }; throws with the end of
 * Astro's output when the build fails.
 */
export async function buildStarlightPage({ projectRoot, indicatorFile, favicon, dir, tmp }) {
  const indicator = await readIndicator(indicatorFile);
  await mkdir(join(dir, 'src/content/docs'), { recursive: true });
  if (favicon) {
    await mkdir(join(dir, 'public'));
    await copyFile(favicon, join(dir, 'public/favicon.svg'));
  }
  // Astro bundles the packages that build on it (Starlight and its components) only when the
  // project's package.json names them.
  const dependencies = { '@astrojs/starlight': '*', astro: '*', katex: '*', 'rehype-katex': '*', 'remark-math': '*' };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ type: 'module', private: true, dependencies })}\n`);
  await writeFile(join(dir, 'astro.config.mjs'), astroConfig(indicator.data.indikator));
  await writeFile(join(dir, 'src/content.config.ts'), contentConfig);
  const folder = dirname(indicatorFile);
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.mdx'))) {
    const sibling = await readIndicator(join(folder, name));
    await writeFile(join(dir, 'src/content/docs', `${sibling.slug}.md`), await docsPage(projectRoot, sibling));
  }
  const distDir = join(dir, 'dist');
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = await runMeasured(process.execPath, [astro, 'build'], { cwd: dir, env, tmp });
  if (run.code !== 0) {
    const tail = run.output.trim().split('\n').filter((line) => !/^\s+at /.test(line)).slice(-15).join('\n');
    throw new Error(`Starlight's astro build exited with ${run.code}:\n${tail}`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? NaN);
  return { distDir, path: `${indicator.slug}/`, pages, seconds: run.seconds, peakMiB: run.peakBytes / 2 ** 20 };
}
