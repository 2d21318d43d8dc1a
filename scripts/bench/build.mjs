// Timed `astro build` runs with their peak memory, and the generated large catalogue.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and resolves to { code, output, seconds, peakBytes, memorySource }. Peak memory is
 * the max RSS from GNU time (-v) when present, which covers the process and the children it waited
 * for (the largest single one, not their sum); otherwise VmHWM of the process itself, polled from
 * /proc every 50 ms.
 */
export async function runMeasured(command, args, { cwd, env, tmp }) {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmp, `time-${process.hrtime.bigint()}.txt`);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('error', (error) => (output += `\n${error.message}`));
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(async () => {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
        const kb = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        polledKb = Math.max(polledKb, kb);
      }, 50);
  const code = await new Promise((done) => child.on('close', (c) => done(c ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  clearInterval(poll);
  let peakKb = polledKb;
  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    await rm(timeFile, { force: true });
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0);
  }
  return {
    code,
    output,
    seconds,
    peakBytes: peakKb * 1024,
    memorySource: useTime ? 'GNU time -v (max RSS)' : '/proc/<pid>/status VmHWM, polled',
  };
}

/** Files and bytes under a folder, or undefined when it does not exist. */
async function folderSize(dir) {
  if (!existsSync(dir)) return undefined;
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Counts the indicator pages in a built site (folders under indikator/ holding an index.html). */
async function countIndicatorPages(outDir) {
  const entries = await readdir(join(outDir, 'indikator'), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && existsSync(join(outDir, 'indikator', e.name, 'index.html'))).length;
}

/**
 * Builds the site with `astro build` in a child process (cold: its own cache folder) and measures
 * it. Throws with the end of Astro's output when the build fails.
 */
export async function buildSite({ projectRoot, outDir, cacheDir, contentDir, tmp }) {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', KATALOG_CACHE_DIR: cacheDir };
  if (contentDir) env.KATALOG_CONTENT_DIR = contentDir;
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
  const run = await runMeasured(process.execPath, args, { cwd: projectRoot, env, tmp });
  if (run.code !== 0) {
    const tail = run.output.trim().split('\n').filter((line) => !/^\s+at /.test(line)).slice(-15).join('\n');
    throw new Error(`astro build exited with ${run.code}:\n${tail}`);
  }
  // Astro's own count: every route it wrote, pages and endpoints (JSON, CSV) alike.
  const pages = Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? NaN);
  return {
    pages,
    indicatorPages: await countIndicatorPages(outDir),
    seconds: run.seconds,
    secondsPerPage: run.seconds / pages,
    peakMiB: run.peakBytes / 2 ** 20,
    memorySource: run.memorySource,
    pagefind: await folderSize(join(outDir, 'pagefind')),
  };
}

/** Rewrites one top-level frontmatter field; throws when the file has no such line. */
function setField(text, field, rewrite, file) {
  const line = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm');
  if (!line.test(text)) throw new Error(`${file}: no "${field}:" line to rewrite`);
  return text.replace(line, (_, value) => `${field}: ${rewrite(value)}`);
}

/** Appends a suffix to a YAML scalar written on one line, plain or quoted. */
function appendToScalar(value, suffix) {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote)) return `${value.slice(0, -1)}${suffix}${quote}`;
  return `${value}${suffix}`;
}

/**
 * Writes a catalogue of `count` indicators into `dir`, cycling through the real ones. Every other
 * collection (units, decree, glossary...) is copied as is. Each copy gets a unique name
 * ("... (salinan N)") and a unique decree position in Lampiran II as an IK: the copies of one real
 * indicator share a table of their own (tabel 100 + its place among the real ones), numbered in
 * turn, so the cross-file rules hold (Lampiran II has one table per unit). The first pass keeps the real file names, so references
 * to indicators from other collections still resolve.
 */
export async function writeLargeCatalogue({ sourceDir, dir, count }) {
  // The indicators of the decree in force: the one decree folder of the real catalogue.
  const decree = (await readdir(join(sourceDir, 'indikator'), { withFileTypes: true })).find((e) => e.isDirectory()).name;
  const from = join(sourceDir, 'indikator', decree);
  const to = join(dir, 'indikator', decree);
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(sourceDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'indikator') {
      await cp(join(sourceDir, entry.name), join(dir, entry.name), { recursive: true });
    }
  }
  const names = (await readdir(from)).filter((n) => n.endsWith('.mdx')).sort();
  const sources = await Promise.all(names.map((n) => readFile(join(from, n), 'utf8')));
  for (let n = 0; n < count; n++) {
    const at = n % names.length;
    const name = names[at];
    let text = sources[at];
    text = setField(text, 'tingkat', () => 'IK', name);
    text = setField(text, 'lampiran', () => 'II', name);
    text = setField(text, 'tabel', () => String(100 + at), name);
    text = setField(text, 'nomor', () => String(Math.floor(n / names.length) + 1), name);
    text = setField(text, 'indikator', (v) => appendToScalar(v, ` (salinan ${n})`), name);
    const slug = n < names.length ? name : name.replace(/\.mdx$/, `-salinan-${n}.mdx`);
    await writeFile(join(to, slug), text);
  }
  return { indicators: count, from: names.length };
}

export const removeDir = (dir) => rm(dir, { recursive: true, force: true });
