/**
 * The content-layer loader of the guidance prose, `<content>/panduan/<page>/<part>.mdx`: glob()'s
 * entries, then the check across files of ../catalogue/guide-parts (a file no page reads, a step
 * without its heading or position, an unknown figure), which fails the content sync naming each
 * file. The check reads each file's whole text, frontmatter included, because glob() keeps only the
 * body, trimmed, and a problem names its line in the file.
 */
import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { guideProblems, type GuideFile } from '../catalogue/guide-parts';

/** `base`: the guidance folder, from the project's root. */
export function guideLoader(base: string): Loader {
  const files = glob({ pattern: '**/*.mdx', base });
  return {
    name: 'panduan-loader',
    async load(context) {
      await files.load(context);
      const guideFiles = await Promise.all(
        context.store.values().map(
          async ({ id, filePath, data }): Promise<GuideFile> => ({
            id,
            filePath: filePath!,
            text: await readFile(new URL(filePath!, context.config.root), 'utf8'),
            data,
          }),
        ),
      );
      const problems = guideProblems(guideFiles);
      if (problems.length > 0) throw new Error(`content/panduan/ is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}
