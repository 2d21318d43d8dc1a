// Page weight in Chromium: every request a page makes, its decoded size and its size on the wire.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const TYPES = ['html', 'css', 'js', 'fonts', 'other'];

export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The type a response counts under, by its Content-Type, else by Chromium's resource type. */
function typeOf(contentType, resourceType) {
  if (/text\/html/.test(contentType) || resourceType === 'document') return 'html';
  if (/text\/css/.test(contentType) || resourceType === 'stylesheet') return 'css';
  if (/javascript/.test(contentType) || resourceType === 'script') return 'js';
  if (/^font\//.test(contentType) || resourceType === 'font') return 'fonts';
  return 'other';
}

/**
 * Records the page's requests as they finish and tracks when the network is quiet. Each record:
 * url, type, status, raw (decoded body bytes), transfer (body bytes on the wire, from Chromium's
 * responseBodySize), and the server's Content-Length and Content-Encoding to check it against.
 */
function recordNetwork(page) {
  const records = [];
  const pending = [];
  let inflight = 0;
  let lastActivity = Date.now();
  const settle = () => {
    inflight -= 1;
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inflight += 1;
    lastActivity = Date.now();
  });
  page.on('requestfailed', settle);
  page.on('requestfinished', (request) => {
    settle();
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const [sizes, headers, body] = await Promise.all([request.sizes(), response.allHeaders(), response.body().catch(() => undefined)]);
        const contentLength = headers['content-length'] === undefined ? undefined : Number(headers['content-length']);
        records.push({
          url: request.url(),
          type: typeOf(headers['content-type'] ?? '', request.resourceType()),
          status: response.status(),
          raw: body?.length ?? sizes.responseBodySize,
          // Chromium reports 0 for a worker's own script; the server's Content-Length stands in.
          transfer: sizes.responseBodySize || (contentLength ?? 0),
          chromiumBodySize: sizes.responseBodySize,
          contentLength,
          contentEncoding: headers['content-encoding'],
        });
      })(),
    );
  });
  return {
    records,
    /** Resolves true once no request has been open for `quietMs`, false after `timeoutMs`. */
    async idle(quietMs = 500, timeoutMs = 15_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs) {
        if (inflight <= 0 && Date.now() - lastActivity >= quietMs) {
          await Promise.all(pending);
          return true;
        }
        await sleep(50);
      }
      await Promise.all(pending);
      return false;
    },
  };
}

const sum = (list) => ({
  requests: list.length,
  raw: list.reduce((n, r) => n + r.raw, 0),
  transfer: list.reduce((n, r) => n + r.transfer, 0),
});

/** Sums records by type: { html: { requests, raw, transfer }, ..., total, beforeFonts }. */
function summarise(records) {
  const out = {};
  for (const type of TYPES) out[type] = sum(records.filter((r) => r.type === type));
  out.beforeFonts = sum(records.filter((r) => ['html', 'css', 'js'].includes(r.type)));
  out.total = sum(records);
  return out;
}

/**
 * Checks Chromium's body size against the server's Content-Length on gzip responses: equal means
 * it is the compressed size. Lists the responses where they differ.
 */
function checkTransferSizes(records) {
  const gzipped = records.filter((r) => r.contentEncoding === 'gzip');
  const mismatched = gzipped
    .filter((r) => r.chromiumBodySize !== r.contentLength)
    .map((r) => `${new URL(r.url).pathname}: Chromium ${r.chromiumBodySize} B, Content-Length ${r.contentLength} B`);
  return { gzipResponses: gzipped.length, mismatched };
}

/** Scrolls down half a screen at a time, so every `client:visible` island enters the viewport. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight / 2));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 60));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
}

/**
 * Loads a page in a fresh context (empty cache), scrolls to the bottom, waits for the network to
 * be quiet, and returns its requests summarised by type, the island count and the size check.
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const network = recordNetwork(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await scrollThrough(page);
    const quiet = await network.idle();
    // Astro removes the `ssr` attribute from an island once it has hydrated. Inline scripts are
    // counted in the HTML; their own size is reported beside it.
    const { islands, inlineScriptBytes } = await page.evaluate(() => ({
      islands: {
        total: document.querySelectorAll('astro-island').length,
        hydrated: document.querySelectorAll('astro-island:not([ssr])').length,
      },
      inlineScriptBytes: [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
    }));
    return {
      networkIdle: quiet,
      islands,
      inlineScriptBytes,
      ...summarise(network.records),
      sizeCheck: checkTransferSizes(network.records),
      requests: network.records.map((r) => ({ path: new URL(r.url).pathname, type: r.type, status: r.status, raw: r.raw, transfer: r.transfer })),
    };
  } finally {
    await context.close();
  }
}

const SEARCH_INPUT = 'input[type=search], [role=search] input, .pagefind-ui__search-input, pagefind-input input';

/**
 * Types `query` into the search page's field the way a person does and sums what is fetched under
 * /pagefind/ from the first keystroke on, apart from what the page had fetched before.
 */
export async function measureSearch(browser, url, query) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const network = recordNetwork(page);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await network.idle();
    const anywhere = page.getByRole('searchbox').or(page.locator(SEARCH_INPUT));
    await anywhere.first().waitFor({ state: 'visible', timeout: 5_000 });
    // The page's own field, not the site header's search form, when both exist.
    const inMain = page.locator('main').getByRole('searchbox').or(page.locator('main').locator(SEARCH_INPUT));
    const input = (await inMain.count()) > 0 ? inMain.first() : anywhere.first();
    const before = network.records.length;
    await input.click();
    await input.pressSequentially(query, { delay: 80 });
    // A long quiet period: search boxes wait for typing to pause before they query.
    const quiet = await network.idle(1_500, 20_000);
    const isPagefind = (r) => new URL(r.url).pathname.includes('/pagefind/');
    const atLoad = network.records.slice(0, before).filter(isPagefind);
    const forQuery = network.records.slice(before).filter(isPagefind);
    const part = (pattern) => sum(forQuery.filter((r) => pattern.test(new URL(r.url).pathname)));
    return {
      query,
      networkIdle: quiet,
      atLoad: sum(atLoad),
      forQuery: {
        ...sum(forQuery),
        // Pagefind's code and wasm, the index chunks the words hit, and one fragment per result shown.
        runtime: part(/\.(js|pagefind|json|pf_meta)$/),
        index: part(/\.(pf_index|pf_filter)$/),
        fragments: part(/\.pf_fragment$/),
      },
      sizeCheck: checkTransferSizes(network.records),
      queryFiles: forQuery.map((r) => ({ path: new URL(r.url).pathname, raw: r.raw, transfer: r.transfer })),
    };
  } finally {
    await context.close();
  }
}
