// Builds the real site once before the site tests, into test/.tmp/site (skip with
// KATALOG_SKIP_BUILD=1 when that build is fresh).
import { runAstroBuild } from './astro-build';
import { distDir } from './dist';

export default async function buildSite(): Promise<void> {
  if (process.env.KATALOG_SKIP_BUILD === '1') return;
  const result = await runAstroBuild({ outDir: distDir });
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
}
