/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so search works from
 * `astro build` alone. Pagefind's own errors fail the build.
 *
 * Under `astro dev` there is no built site to index, so the dev server serves the index of the last
 * `astro build` (dist/pagefind/) at the same address; without one, the search boxes say so.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

// Pagefind's own files are JavaScript, CSS, JSON and its compressed index (any other name).
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The page as Pagefind should read it. Pagefind runs the words of a <dt> into its <dd>
 * ("SatuanPersen"), for it takes them as inline text (Pagefind/pagefind#736, open in 1.6), which
 * spoils both the index and the snippets; it reads them as paragraphs here. The page is unchanged.
 */
export function forIndexing(html: string): string {
  return html.replace(/<(\/?)d[td](?=[\s>])/g, '<$1p');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((path) => path.endsWith('.html')).sort();
}

export function pagefindSearch(): AstroIntegration {
  let indexDir = '';
  let base = '/';
  return {
    name: 'katalog:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = join(fileURLToPath(config.outDir), 'pagefind');
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(indexDir)) {
          logger.warn(`no search index in ${indexDir}: run "npm run build" once for search to work under "npm run dev"`);
        }
        // Read from disk on each request, so a later build's index is picked up without a restart.
        // A dozen lines rather than a static-file package: only this one folder is served.
        server.middlewares.use(`${base}pagefind`, (req, res, next) => {
          const relative = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname)).replace(/^([/\\]|\.\.[/\\])+/, '');
          readFile(join(indexDir, relative)).then(
            (body) => {
              res.setHeader('Content-Type', TYPES[extname(relative)] ?? 'application/octet-stream');
              res.end(body);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) fail('start', errors);
        try {
          const files = await htmlFiles(site);
          for (const file of files) {
            const content = forIndexing(await readFile(join(site, file), 'utf8'));
            const added = await index.addHTMLFile({ sourcePath: file, content });
            if (added.errors.length > 0) fail(`index ${file}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write its files', written.errors);
          logger.info(`indexed ${files.length} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
