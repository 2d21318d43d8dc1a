// Builds the real site once before the site tests (skip with KATALOG_SKIP_BUILD=1 when dist/ is fresh).
import { runAstroBuild } from './astro-build';

export default async function buildSite(): Promise<void> {
  if (process.env.KATALOG_SKIP_BUILD === '1') return;
  const result = await runAstroBuild({});
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
}
