/**
 * The date the open data was last changed, for the data package, the DCAT catalogue and the
 * workbooks: the date of the last commit that touched the content folder. It comes from the
 * repository, not the clock, so two builds of one commit write the same bytes. Outside a git
 * checkout (a copied folder, a test fixture) it is the decree's date.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir';

let cached: string | undefined;

/** `YYYY-MM-DD`. */
export function dataDate(decreeDate: string): string {
  cached ??= lastCommitDate() ?? decreeDate;
  return cached;
}

function lastCommitDate(): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}
