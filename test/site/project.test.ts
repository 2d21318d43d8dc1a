// The project itself: TypeScript in strict mode type-checks.
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
