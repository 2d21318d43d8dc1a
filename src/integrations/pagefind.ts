/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so search works from
 * `astro build` alone. Pagefind's own errors fail the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'katalog:pagefind',
    hooks: {
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
