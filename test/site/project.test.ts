// The project itself: TypeScript in strict mode type-checks, and the production dependencies have
// no known high or critical vulnerability.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';

describe('the code', () => {
  it('type-checks with astro check (TypeScript strictest)', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stdout + run.stderr).toMatch(/- 0 errors/);
    expect(run.status).toBe(0);
  });
});

describe('the dependencies', () => {
  it('npm audit --omit=dev reports no high or critical issue', (ctx) => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
    const report = JSON.parse(run.stdout || '{}') as {
      statusCode?: number;
      message?: string;
      metadata?: { vulnerabilities: Record<string, number> };
    };
    // The registry mirror on some machines refuses the audit endpoint (405); then there is nothing to judge.
    if (!report.metadata) ctx.skip(`npm audit could not reach the advisory service: ${report.message ?? run.stderr.slice(0, 200)}`);
    const { high = 0, critical = 0 } = report.metadata!.vulnerabilities;
    expect({ high, critical }).toEqual({ high: 0, critical: 0 });
  });
});
