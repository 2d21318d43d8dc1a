// Lighthouse (Node API, default mobile config) against a Chromium started here with a debugging port.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Starts Chromium on a free debugging port; resolves to { port, close }. */
async function startChromium(tmp) {
  const profile = await mkdtemp(join(tmp, 'lighthouse-profile-'));
  const child = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  let ended = false;
  let failure = '';
  child.on('error', (error) => (failure = `: ${error.message}`));
  const closed = new Promise((done) => child.on('close', done)).then(() => (ended = true));
  const close = async () => {
    if (!ended) child.kill();
    await closed;
    await rm(profile, { recursive: true, force: true });
  };
  // Chromium writes the port it chose into DevToolsActivePort in the profile.
  for (let i = 0; i < 200; i++) {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return { port, close };
    if (ended) break;
    await sleep(50);
  }
  await close();
  throw new Error(`${CHROMIUM} did not open a debugging port${failure}`);
}

/** Scores (0–100), metrics, and the audits that cost points, of one Lighthouse result. */
function readResult(lhr) {
  if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? NaN]));
  // Audits that cost points outside performance (whose weighted audits are the metrics above).
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const consoleErrors = (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) =>
    String(item.description).replace(/(data:[^,'"\s]*,)[^'"\s]{20,}/g, '$1…').slice(0, 240),
  );
  return { scores, metrics, failing, consoleErrors, formFactor: lhr.configSettings.formFactor };
}

const median = (values) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Per figure, the median over the runs that succeeded; the failing audits and console errors of any. */
function combine(runs, failures) {
  const pick = (group) => Object.fromEntries(Object.keys(runs[0][group]).map((key) => [key, median(runs.map((r) => r[group][key]))]));
  const performance = runs.map((r) => r.scores.performance);
  return {
    runs: runs.length,
    scores: pick('scores'),
    metrics: pick('metrics'),
    performanceRange: [Math.min(...performance), Math.max(...performance)],
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    consoleErrors: [...new Set(runs.flatMap((r) => r.consoleErrors))],
    failedRuns: failures,
    formFactor: runs[0].formFactor,
  };
}

async function runOnce(url, port) {
  const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!run) throw new Error('Lighthouse returned no result');
  return readResult(run.lhr);
}

/**
 * Runs Lighthouse `runs` times on each URL, in one Chromium, and returns { [url]: result }, each
 * figure the median of the runs (simulated throttling varies from run to run on a busy machine).
 * A run that fails (NO_NAVSTART and the like happen under load) is listed and left out.
 */
export async function runLighthouse(urls, { tmp, runs }) {
  const chrome = await startChromium(tmp);
  const results = {};
  try {
    for (const url of urls) {
      const done = [];
      const failures = [];
      for (let i = 0; i < runs; i++) {
        try {
          done.push(await runOnce(url, chrome.port));
        } catch (error) {
          failures.push(String(error.message).split('\n')[0]);
        }
      }
      results[url] = done.length ? combine(done, failures) : { error: failures[0] };
    }
  } finally {
    await chrome.close();
  }
  return results;
}
