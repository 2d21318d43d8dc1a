// Runs `astro build` in a child process and collects what it prints.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
  code: number;
  output: string;
}

export function runAstroBuild(options: { contentDir?: string; outDir?: string; env?: Record<string, string> }): Promise<BuildResult> {
  const args = ['node_modules/astro/bin/astro.mjs', 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  // Vitest sets NODE_ENV=test, which would make the build a non-production one
  // (import.meta.env.PROD false); the tests build what `npm run build` builds.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (options.contentDir) env['KATALOG_CONTENT_DIR'] = options.contentDir;
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
