/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so search works from
 * `astro build` alone. Pagefind's own errors fail the build.
 *
 * Under `astro dev` there is no built site to index, so the dev server serves the index of the last
 * `astro build` (dist/pagefind/) at the same address; without one, the search boxes say so.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) fail('write its files', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
