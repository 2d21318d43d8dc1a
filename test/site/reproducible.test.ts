// Two builds of one commit give byte-identical output, so anyone can rebuild the repository and check
// the published site and open data against it (sizes and hashes in /data/datapackage.json included).
// The second build starts cold, with a cache of its own, into another folder.
//
// What may differ, by design: /lembar-kerja/ offers the year of the build when the decree names no
// period (this office's decree names one), so builds in different years differ there. Dates in the
// open data come from the last commit of the content folder, and the workbooks' zip entries carry a
// fixed time, never the clock's.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAstroBuild } from '../support/astro-build';
import { distDir } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'katalog-ulang-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a build, by path, with its SHA-256. */
function digest(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

it('builds the same bytes twice', async () => {
  const again = join(work, 'dist');
  const build = await runAstroBuild({ outDir: again, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
  expect(build.code, build.output).toBe(0);
  const first = digest(distDir);
  const second = digest(again);
  expect([...second.keys()]).toEqual([...first.keys()]);
  const differ = [...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path);
  expect(differ).toEqual([]);
  // The open data is among them, workbooks included.
  expect(first.has('data/indikator.xlsx') && first.has('data/catalog.jsonld')).toBe(true);
}, 600_000);
