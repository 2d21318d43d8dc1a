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
  const exited = new Promise((done) => child.on('exit', done));
  const close = async () => {
    child.kill();
    await exited;
    await rm(profile, { recursive: true, force: true });
  };
  // Chromium writes the port it chose into DevToolsActivePort in the profile.
  for (let i = 0; i < 200; i++) {
    const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return { port, close };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  await close();
  throw new Error(`${CHROMIUM} did not open a debugging port`);
}

/** Scores (0–100) and metrics of one page, or { error } when Lighthouse could not measure it. */
function readResult(lhr) {
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? null]));
  // Audits that did not score full marks, to explain a score below 100.
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  return { scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion, formFactor: lhr.configSettings.formFactor };
}

/** Runs Lighthouse on each URL in turn, in one Chromium; returns { [url]: result }. */
export async function runLighthouse(urls, tmp) {
  const chrome = await startChromium(tmp);
  const results = {};
  try {
    for (const url of urls) {
      try {
        const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        results[url] = run ? readResult(run.lhr) : { error: 'Lighthouse returned no result' };
      } catch (error) {
        results[url] = { error: error.message };
      }
    }
  } finally {
    await chrome.close();
  }
  return results;
}
