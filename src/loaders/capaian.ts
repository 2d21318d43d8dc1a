/**
 * The content-layer loader of published figures, `<content>/capaian/<tahun>.csv`: one entry per
 * year (id "2024", data `{ tahun: 2024 }`), the file's text kept whole as the entry's body. Written
 * here because glob() reads only Markdown, MDX, JSON, YAML and TOML. The rows are read from the body
 * with the catalogue (src/catalogue/measurement.ts): whether an indicator exists and how its formula
 * reads the parts live in another collection, which a loader does not see.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

const YEAR_FILE = /^(\d{4})\.csv$/;

const isCsv = (name: string) => name.toLowerCase().endsWith('.csv');

/** The CSV file names of a folder, sorted; none when the folder does not exist (nothing published yet). */
async function csvNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter(isCsv).sort();
  } catch {
    return [];
  }
}

/** `base`: the folder of the year files, from the project's root, as glob()'s `base`. */
export function capaianLoader(base: string): Loader {
  return {
    name: 'capaian-loader',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const sync = async () => {
        const files = await Promise.all(
          (await csvNames(folder)).map(async (name) => {
            // Recorded as glob() records a file: from the project's root, with forward slashes.
            const filePath = relative(root, join(folder, name)).split('\\').join('/');
            const year = YEAR_FILE.exec(name)?.[1];
            if (!year) throw new Error(`${filePath}: a capaian file is named for its year, such as 2024.csv`);
            return { id: year, filePath, body: await readFile(join(folder, name), 'utf8') };
          }),
        );
        store.clear();
        for (const { id, filePath, body } of files) {
          const data = await parseData({ id, data: { tahun: Number(id) }, filePath });
          store.set({ id, data, body, filePath, digest: generateDigest(body) });
        }
      };
      await sync();
      // In the dev server, a year file saved, added or removed is read again.
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (isCsv(path) && dirname(path) === folder) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
