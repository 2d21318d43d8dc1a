// `npm run bench`: builds the site and prints figures, not pass/fail: build time and memory (the
// real catalogue and a generated one of 2,000 indicators), page weight in Chromium beside the same
// indicator page built with Starlight (scripts/bench/starlight.mjs), Pagefind's
// index and query cost, and Lighthouse. A readable table first, then the same as one JSON object
// (also written to <tmpdir>/katalog-bench/bench-results.json). A section that fails prints
// "n/a (reason)" and the others still run.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { base } from '../src/site-config.mjs';
import { startStaticServer } from './static-server.mjs';
import { buildSite, removeDir, writeLargeCatalogue } from './bench/build.mjs';
import { launchBrowser, measurePage, measureSearch, TYPES } from './bench/browser.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measurePrecache } from './bench/precache.mjs';
import { buildStarlightPage } from './bench/starlight.mjs';
import { kb, num, table, notAvailable } from './bench/report.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(projectRoot, 'dist');
const contentDir = join(projectRoot, 'content');
const GENERATED_INDICATORS = 2000;
const QUERY = 'tenaga kerja';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** BENCH_PAGES=indicator (or home,indicator,search) weighs and audits only those pages. */
const ONLY_PAGES = process.env.BENCH_PAGES?.split(',').map((role) => role.trim());
/** BENCH_GENERATED=0 skips the build of the generated catalogue (the slowest step). */
const WITH_GENERATED = process.env.BENCH_GENERATED !== '0';
/** The indicator page to weigh: this one if built, else the first IKU in decree order. */
const PREFERRED_INDICATORS = ['persentase-tenaga-kerja-yang-terlindungi', 'presentase-tenaga-kerja-yang-terlindungi'];

/**
 * An old measurement, printed only when the Starlight build fails: the same indicator page built
 * with Starlight before this site existed (KB gzip), not measured by this code.
 */
const OLD_STARLIGHT = { html: 7.3, css: 20.3, js: 30.5, fonts: 26.3, beforeFonts: 58, total: 84.6 };
/** Budgets in KB gzip: an indicator page with its calculator; pages without one load no JS. */
const TARGETS = { indicatorJs: 18, indicatorBeforeFonts: 40, pagesWithoutCalculatorJs: 0 };

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/** Runs a section; on failure returns { error: first line, detail: the rest of the message }. */
async function attempt(task) {
  try {
    return await task();
  } catch (error) {
    const [first, ...rest] = String(error?.message ?? error).split('\n');
    return rest.length ? { error: first, detail: rest.join('\n') } : { error: first };
  }
}

/** Runs a timed step of the benchmark, noting its duration in results.steps. */
async function step(name, task) {
  progress(name);
  const start = performance.now();
  try {
    return await task();
  } finally {
    results.steps[name] = Number(((performance.now() - start) / 1000).toFixed(1));
  }
}

/** The indicator page to weigh, as a path under the base: the preferred one, else the first IKU. */
async function pickIndicatorPage() {
  const iku = [];
  // Indicator files live in their decree's folder: indikator/<decree>/<id>.mdx.
  for (const path of (await readdir(join(contentDir, 'indikator'), { recursive: true })).filter((n) => n.endsWith('.mdx'))) {
    const text = await readFile(join(contentDir, 'indikator', path), 'utf8');
    const name = path.split('/').at(-1);
    if (/^tingkat:\s*IKU\s*$/m.test(text)) iku.push({ slug: name.slice(0, -4), nomor: Number(/^nomor:\s*(\d+)/m.exec(text)?.[1]) });
  }
  iku.sort((a, b) => a.nomor - b.nomor);
  for (const slug of [...PREFERRED_INDICATORS, ...iku.map((i) => i.slug)]) {
    const file = join(distDir, 'indikator', slug, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('class="katex"')) return `indikator/${slug}/`;
  }
  throw new Error('no built IKU indicator page with a typeset formula in dist/');
}

/** The .mdx file of the indicator page `indikator/<id>/`, in its decree's folder. */
async function indicatorSource(pagePath) {
  const file = `${pagePath.split('/')[1]}.mdx`;
  const found = (await readdir(join(contentDir, 'indikator'), { recursive: true })).find((path) => path.split('/').at(-1) === file);
  if (!found) throw new Error(`no content/indikator/*/${file}`);
  return join(contentDir, 'indikator', found);
}

/**
 * Builds the indicator page with Starlight in a folder under the project's git-ignored .cache/
 * (see scripts/bench/starlight.mjs), which `cleanup` removes afterwards.
 */
async function buildStarlight(indicatorPath) {
  const cacheRoot = join(projectRoot, '.cache');
  await mkdir(cacheRoot, { recursive: true });
  const dir = await mkdtemp(join(cacheRoot, 'bench-starlight-'));
  cleanup.push(async () => {
    await removeDir(dir);
    await rmdir(cacheRoot).catch(() => {}); // only when empty
  });
  // This site's icon, so that both pages load one small icon.
  const icon = join(distDir, 'identitas', 'ikon.svg');
  const favicon = existsSync(icon) ? icon : undefined;
  return buildStarlightPage({ projectRoot, indicatorFile: await indicatorSource(indicatorPath), favicon, dir, tmp });
}

/** Our page's bytes over Starlight's, on the wire, for the figures the comparison is about. */
function ratios(ours, starlight) {
  return Object.fromEntries(['beforeFonts', 'html', 'css', 'js', 'total'].map((t) => [t, Number((ours[t].transfer / starlight[t].transfer).toFixed(2))]));
}

/**
 * Generates the large catalogue in the temp folder and builds it. Its output goes to the project's
 * git-ignored .cache/ rather than the temp folder: with an outDir outside the project, Astro
 * prerenders in the shared .astro/.prerender/, which another such build running at the same time
 * deletes under it.
 */
async function buildGenerated(tmp) {
  const dir = join(tmp, 'generated');
  const cacheRoot = join(projectRoot, '.cache');
  await mkdir(cacheRoot, { recursive: true });
  const out = await mkdtemp(join(cacheRoot, 'bench-'));
  try {
    const made = await writeLargeCatalogue({ sourceDir: contentDir, dir: join(dir, 'content'), count: GENERATED_INDICATORS });
    const built = await buildSite({ projectRoot, outDir: join(out, 'dist'), cacheDir: join(dir, 'cache'), contentDir: join(dir, 'content'), tmp });
    return { indicators: made.indicators, ...built };
  } finally {
    await removeDir(dir);
    await removeDir(out);
    await rmdir(cacheRoot).catch(() => {}); // only when empty
  }
}

// ---- printing ----

function printBuild({ real, generated, starlight = { error: 'not run' } }) {
  const row = (label, count, r) =>
    r.error
      ? [label, count, 'n/a', '', '', '', '']
      : [label, count, r.pages, num(r.seconds, 1), num(r.secondsPerPage, 3), num(r.peakMiB), r.pagefind ? `${r.pagefind.files} / ${kb(r.pagefind.bytes)}` : '-'];
  console.log(`1. Build: astro build in a child process, cold (own cache folder), wall clock; peak memory: ${real.memorySource ?? generated.memorySource ?? 'n/a'}`);
  console.log(
    table(
      ['catalogue', 'indicators', 'pages', 'seconds', 's/page', 'peak MiB', 'pagefind files / KB'],
      [
        row('real', real.error ? '-' : real.indicatorPages, real),
        row('generated', GENERATED_INDICATORS, generated),
        starlight.error
          ? ['Starlight, 1 indicator', '1', 'n/a', '', '', '', '']
          : ['Starlight, 1 indicator', '1', starlight.pages, num(starlight.seconds, 1), num(starlight.secondsPerPage, 3), num(starlight.peakMiB), '-'],
      ],
    ),
  );
  console.log('   pages = what Astro reports it built (HTML pages and JSON/CSV endpoints); s/page = seconds / pages.');
  for (const [name, r] of [['real', real], ['generated', generated], ['Starlight', starlight]]) {
    if (!r.error) continue;
    console.log(`   ${name}: ${notAvailable(r.error)}`);
    if (r.detail) console.log(r.detail.replace(/^/gm, '     '));
  }
  console.log('');
}

function printPages(pages, starlight) {
  console.log('2. Page weight in Chromium, served with gzip: KB transferred (KB decoded), 1 KB = 1,000 bytes');
  const cell = (s) => `${kb(s.transfer)} (${kb(s.raw)})`;
  const rows = Object.entries(pages).map(([path, p]) =>
    p.error ? [path, 'n/a', '', '', '', '', '', '', ''] : [path, p.total.requests, ...TYPES.map((t) => cell(p[t])), cell(p.beforeFonts), cell(p.total)],
  );
  const s = starlight.page;
  rows.push(s && !s.error ? [`Starlight ${starlight.path}`, s.total.requests, ...TYPES.map((t) => cell(s[t])), cell(s.beforeFonts), cell(s.total)] : ['Starlight indicator page', 'n/a', '', '', '', '', '', '', '']);
  console.log(table(['page', 'requests', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'before fonts', 'total'], rows));
  for (const [path, p] of Object.entries(pages)) {
    if (p.error) {
      console.log(`   ${path}: ${notAvailable(p.error)}`);
      continue;
    }
    const jsFiles = p.requests.filter((r) => r.type === 'js').map((r) => r.path.split('/').pop());
    let line = `   ${path}: JS ${kb(p.js.transfer)} KB gzip in ${jsFiles.length} file(s)${jsFiles.length ? ` (${jsFiles.join(', ')})` : ''}`;
    line += `; inline scripts ${kb(p.inlineScriptBytes)} KB decoded, inside the HTML; islands hydrated ${p.islands.hydrated} of ${p.islands.total}`;
    if (p.role === 'indicator') {
      line += `\n     target: JS <= ${TARGETS.indicatorJs} KB gzip -> ${kb(p.js.transfer)} KB; before fonts <= ${TARGETS.indicatorBeforeFonts} KB -> ${kb(p.beforeFonts.transfer)} KB`;
      if (starlight.ratio) {
        const r = Object.fromEntries(Object.entries(starlight.ratio).map(([type, ratio]) => [type, `${ratio.toFixed(2)}x`]));
        line += `\n     Starlight's page (same indicator, same measurement): JS ${kb(s.js.transfer)} KB, before fonts ${kb(s.beforeFonts.transfer)} KB`;
        line += `; this page / Starlight's: before fonts ${r.beforeFonts}, HTML ${r.html} (CSS inline here), CSS ${r.css}, JS ${r.js}, total ${r.total}`;
      }
      if (p.islands.total === 0) line += '\n     note: this page has no island (no calculator) yet';
    } else if (p.role === 'home') {
      line += `\n     target: ${TARGETS.pagesWithoutCalculatorJs} KB JS on a page without a calculator (search's JS only once used) -> ${kb(p.js.transfer)} KB`;
    } else {
      line += '\n     (the search page: its JS is what search needs before anything is typed)';
    }
    if (!p.networkIdle) line += '\n     note: the network never went quiet for 0.5 s within 15 s';
    console.log(line);
  }
  const error = starlight.error ?? s?.error;
  if (error) {
    const o = OLD_STARLIGHT;
    console.log(`   Starlight: ${notAvailable(error)}`);
    console.log(`     old measurement, taken before this site by other means (KB gzip): HTML ${o.html}, CSS ${o.css}, JS ${o.js}, fonts ${o.fonts}, before fonts ${o.beforeFonts}, total ${o.total}`);
  }
  const checks = [...Object.values(pages), ...(s ? [s] : [])].filter((p) => !p.error).map((p) => p.sizeCheck);
  const gzip = checks.reduce((n, c) => n + c.gzipResponses, 0);
  const mismatched = checks.flatMap((c) => c.mismatched);
  if (gzip > 0) console.log(`   transfer sizes: Chromium's responseBodySize equals the gzip Content-Length on ${gzip - mismatched.length} of ${gzip} gzip responses`);
  for (const m of mismatched) console.log(`     differs: ${m}`);
  console.log('');
}

function printPagefind({ index, query }) {
  console.log('3. Pagefind');
  console.log(`   dist/pagefind/: ${index.error ? notAvailable(index.error) : `${index.files} files, ${kb(index.bytes)} KB`}`);
  if (query.error) {
    console.log(`   query: ${notAvailable(query.error)}`);
  } else {
    const q = query.forQuery;
    console.log(`   typing "${query.query}" on ${query.path}: ${q.requests} requests under /pagefind/, ${kb(q.transfer)} KB transferred (${kb(q.raw)} KB decoded)`);
    console.log(`     Pagefind code and wasm ${kb(q.runtime.transfer)} KB, index chunks ${kb(q.index.transfer)} KB (${q.index.requests}), result fragments ${kb(q.fragments.transfer)} KB (${q.fragments.requests})`);
    console.log(`     fetched from /pagefind/ before typing: ${query.atLoad.requests} requests, ${kb(query.atLoad.transfer)} KB${query.networkIdle ? '' : '; note: the network never went quiet'}`);
    for (const m of query.sizeCheck.mismatched) console.log(`     Chromium's size differs from Content-Length (the latter counted): ${m}`);
  }
  console.log('');
}

function printPrecache(precache, indicatorPath) {
  if (precache.error) {
    console.log(`5. Offline precache: ${notAvailable(precache.error)}\n`);
    return;
  }
  console.log(`5. Offline precache (dist/sw.js): ${precache.files} files (${precache.html} pages), ${kb(precache.raw)} KB raw, ${kb(precache.gzip)} KB gzip, fetched once in the background after a first visit`);
  const indicator = indicatorPath && precache.perPage[`${indicatorPath}index.html`];
  console.log(
    `   per page (its HTML with inline CSS; scripts are shared files): ${kb(precache.htmlGzip / precache.html)} KB gzip on average, ${kb(precache.htmlGzip)} KB for all ${precache.html} pages` +
      (indicator ? `; the indicator page ${kb(indicator)} KB` : '') +
      '\n',
  );
}

function printLighthouse(lighthouse) {
  if (lighthouse.error) {
    console.log(`4. Lighthouse: ${notAvailable(lighthouse.error)}\n`);
    return;
  }
  console.log(`4. Lighthouse ${lighthouse.version}, default (mobile) config, simulated throttling; each figure the median of ${LIGHTHOUSE_RUNS} runs a page`);
  const rows = Object.entries(lighthouse.pages).map(([path, r]) => {
    if (r.error) return [path, 'n/a', '', '', '', '', '', '', '', '', ''];
    const { scores: s, metrics: m } = r;
    return [path, num(s.performance), num(s.accessibility), num(s['best-practices']), num(s.seo), num(m.fcpMs), num(m.lcpMs), num(m.tbtMs), num(m.cls, 3), num(m.speedIndexMs), r.performanceRange.join('-')];
  });
  console.log(table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms', 'perf range'], rows));
  for (const [path, r] of Object.entries(lighthouse.pages)) {
    if (r.error) {
      console.log(`   ${path}: ${notAvailable(r.error)}`);
      continue;
    }
    for (const f of r.failedRuns) console.log(`   ${path}: one run failed and is left out (${f})`);
    if (r.failing.length) console.log(`   ${path} audits costing points outside performance: ${r.failing.join(', ')}`);
    for (const e of r.consoleErrors) console.log(`   ${path} console error: ${e}`);
  }
  console.log('');
}

// ---- run ----

const started = performance.now();
const tmp = await mkdtemp(join(tmpdir(), 'katalog-bench-'));
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)), loadAtStart: loadavg()[0] },
  units: { kb: '1 KB = 1,000 bytes', mib: '1 MiB = 1,048,576 bytes', transfer: 'body bytes on the wire (gzip where served gzip)', raw: 'decoded body bytes' },
  reference: { targetsKB: TARGETS },
  build: {},
  pages: {},
  // The same indicator page built with Starlight: { path, page (as in pages), ratio (ours / Starlight's) }.
  starlight: {},
  pagefind: {},
  lighthouse: {},
  steps: {},
};
let server;
let starlightServer;
let browser;
/** Removals to run at the end (the Starlight project folder). */
const cleanup = [];
try {
  results.build.real = await step('build the real catalogue into dist/', () =>
    attempt(() => buildSite({ projectRoot, outDir: distDir, cacheDir: join(tmp, 'cache-real'), tmp })),
  );
  results.precache = results.build.real.error ? results.build.real : await attempt(() => measurePrecache(distDir));
  results.build.generated = WITH_GENERATED
    ? await step(`generate and build ${GENERATED_INDICATORS} indicators`, () => attempt(() => buildGenerated(tmp)))
    : { error: 'skipped (BENCH_GENERATED=0)' };

  // Every later figure is taken from dist/, so a failed real build leaves nothing to measure.
  const served = results.build.real.error
    ? { error: 'the real build failed, dist/ would be stale' }
    : await attempt(async () => (server = await startStaticServer({ root: distDir, base, gzip: true })));
  const indicator = served.error ? served : await attempt(pickIndicatorPage);
  const searchPath = existsSync(join(distDir, 'cari', 'index.html')) ? 'cari/' : undefined;
  const noSearch = 'no /cari/ page in dist/: search is not built yet';
  const toMeasure = [
    { role: 'home', path: '' },
    { role: 'indicator', path: indicator.error ? undefined : indicator, error: indicator.error },
    { role: 'search', path: searchPath, error: searchPath ? undefined : noSearch },
  ].filter(({ role }) => !ONLY_PAGES || ONLY_PAGES.includes(role));
  const label = (path) => `${base.replace(/\/?$/, '/')}${path}`;

  const starlight = ONLY_PAGES && !ONLY_PAGES.includes('indicator')
    ? { error: 'skipped (BENCH_PAGES)' }
    : indicator.error
    ? { error: `no indicator page to build: ${indicator.error}` }
    : await step('build the indicator page with Starlight', () => attempt(() => buildStarlight(indicator)));
  const { distDir: starlightDist, ...starlightBuild } = starlight;
  results.build.starlight = starlightBuild.error ? starlightBuild : { ...starlightBuild, secondsPerPage: starlight.seconds / starlight.pages };
  results.starlight = starlight.error ? { error: starlight.error } : { path: `/${starlight.path}` };

  await step('weigh pages and search in Chromium', async () => {
    const launched = served.error ? served : await attempt(async () => (browser = await launchBrowser()));
    for (const { role, path, error } of toMeasure) {
      const key = path === undefined ? `(${role} page)` : label(path);
      const reason = launched.error ?? error;
      results.pages[key] = reason ? { error: reason } : await attempt(async () => ({ role, path, ...(await measurePage(browser, server.url + path)) }));
    }
    if (!starlight.error) {
      // Starlight's site, served by the same server with gzip at its own root, weighed the same way.
      results.starlight.page = launched.error
        ? launched
        : await attempt(async () => {
            starlightServer = await startStaticServer({ root: starlightDist, base: '/', gzip: true });
            return measurePage(browser, starlightServer.url + starlight.path);
          });
      const ours = indicator.error ? undefined : results.pages[label(indicator)];
      if (ours && !ours.error && !results.starlight.page.error) results.starlight.ratio = ratios(ours, results.starlight.page);
    }
    const real = results.build.real;
    results.pagefind.index = served.error ? served : (real.pagefind ?? { error: 'no dist/pagefind/: search is not built yet' });
    results.pagefind.query =
      ONLY_PAGES && !ONLY_PAGES.includes('search')
        ? { error: 'skipped (BENCH_PAGES)' }
        : launched.error || !searchPath
        ? { error: launched.error ?? noSearch }
        : await attempt(async () => ({ path: label(searchPath), ...(await measureSearch(browser, server.url + searchPath, QUERY)) }));
    await browser?.close();
    browser = undefined;
  });

  const measurable = toMeasure.filter((m) => m.path !== undefined);
  results.lighthouse = await step(`Lighthouse, ${LIGHTHOUSE_RUNS} runs a page`, () =>
    served.error
      ? served
      : attempt(async () => {
          const version = JSON.parse(await readFile(join(projectRoot, 'node_modules/lighthouse/package.json'), 'utf8')).version;
          const byUrl = await runLighthouse(measurable.map((m) => server.url + m.path), { tmp, runs: LIGHTHOUSE_RUNS });
          return { version, pages: Object.fromEntries(measurable.map((m) => [label(m.path), byUrl[server.url + m.path]])) };
        }),
  );
} finally {
  await browser?.close();
  await server?.close();
  await starlightServer?.close();
  for (const remove of cleanup) await remove();
  await removeDir(tmp);
}
results.machine.loadAtEnd = loadavg()[0];
results.runSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

const { node, cpus: cores, memoryGiB, loadAtStart, loadAtEnd } = results.machine;
console.log(`Katalog Indikator Kinerja: benchmark, ${results.date}, Node ${node}, ${cores} CPUs, ${memoryGiB} GiB`);
console.log(`Load average (1 min) at start ${loadAtStart}, at end ${loadAtEnd}: above ${cores} means other processes shared the CPUs and timings are inflated.\n`);
for (const [print, data] of [
  [printBuild, results.build],
  [(pages) => printPages(pages, results.starlight), results.pages],
  [printPagefind, results.pagefind],
  [printLighthouse, results.lighthouse],
  [(precache) => printPrecache(precache, Object.values(results.pages).find((p) => p.role === 'indicator')?.path), results.precache],
]) {
  try {
    print(data);
  } catch (error) {
    console.log(`${notAvailable(`could not print: ${error.message}`)}\n`);
  }
}
console.log(`Run time ${results.runSeconds} s: ${Object.entries(results.steps).map(([name, seconds]) => `${name} ${seconds} s`).join(', ')}.\n`);

const resultsDir = join(tmpdir(), 'katalog-bench');
await mkdir(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, 'bench-results.json');
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`JSON (also in ${resultsFile}):`);
console.log(JSON.stringify(results));
