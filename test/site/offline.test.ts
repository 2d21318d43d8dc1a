// The site without a connection: after one visit online, the service worker has precached every
// page, so an indicator page opens and computes offline, survives a reload, and the manual and the
// glossary open too. A new build reaches a client that has the old one cached, which says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { runAstroBuild } from '../support/astro-build';
import { launchChromium } from '../support/browser';
import { distDir, distFile } from '../support/dist';

const IKU_TERLINDUNGI = 'indikator/presentase-tenaga-kerja-yang-terlindungi/';

/** Resolves once a service worker controls the page (it claims the page as soon as it activates). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe('the service worker of the production build', () => {
  it('is written beside the pages and registered by every page, from a module script', () => {
    const sw = distFile('sw.js');
    expect(sw).toContain('skipWaiting');
    expect(sw).toContain(`"${IKU_TERLINDUNGI}index.html"`);
    // Search's index and wasm are cached when used, never precached.
    expect(sw).not.toMatch(/"pagefind\//);
    const home = distFile('index.html');
    expect(home).toContain('data-update-notice="/sw.js"');
    expect(home).toMatch(/<link rel="manifest" href="\/manifest.webmanifest">/);
  });

  it('the manifest names the office and lists square PNG icons of 192 and 512 pixels', () => {
    const manifest = JSON.parse(distFile('manifest.webmanifest'));
    expect(manifest.name).toBe('Katalog Indikator Kinerja DPMPTSPTK Kabupaten Balangan');
    expect(manifest.short_name).toBe('DPMPTSPTK');
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    expect(manifest.display).toBe('standalone');
  });
});

describe('offline, after one visit online', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startStaticServer({ root: distDir });
    browser = await launchChromium({ serviceWorkers: 'allow' });
    context = browser.context;
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await page.close();
    await context.setOffline(true);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an indicator page opens, computes, and opens again after a reload', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url + IKU_TERLINDUNGI);
    await expect(page.locator('h1').textContent()).resolves.toBe('Presentase Tenaga Kerja yang Terlindungi');
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).fill('3.120');
    await page.getByLabel('Jumlah Tenaga Kerja Terdaftar (PU atau BPU)', { exact: true }).fill('4.000');
    await page.keyboard.press('Tab');
    // 3.120 / 4.000 x 100% = 78%
    await expect.poll(() => page.locator('form output').textContent()).toMatch(/78\s?%/);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('Presentase Tenaga Kerja yang Terlindungi');
    // The figures are in the address, so the reloaded calculator shows the same result.
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect.poll(() => page.locator('form output').textContent()).toMatch(/78\s?%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the worksheet opens, computes, keeps what is typed, and shows it again after a reload', async () => {
    const page = await context.newPage();
    const id = 'presentase-tenaga-kerja-yang-terlindungi';
    await page.goto(server.url + 'lembar-kerja/?tahun=2024&periode=TW1');
    await page.locator('.ws-item').first().waitFor();
    for (const [name, text] of [['a', '30'], ['b', '40']] as const) {
      await page.locator(`#${id}-${name}`).fill(text);
      await page.locator(`#${id}-${name}`).blur();
    }
    // 30 / 40 x 100% = 75%
    await expect.poll(() => page.locator(`#${id}-hasil`).textContent()).toMatch(/75\s?%/);
    await page.reload();
    await page.locator('.ws-item').first().waitFor();
    await expect.poll(() => page.locator(`#${id}-a`).inputValue()).toBe('30');
    await expect.poll(() => page.locator(`#${id}-hasil`).textContent()).toMatch(/75\s?%/);
    await page.close();
  });

  it('search, whose index was never fetched, says plainly that it needs a connection', async () => {
    const page = await context.newPage();
    await page.goto(server.url + 'istilah/');
    await page.locator('#cari-situs').pressSequentially('tenaga kerja');
    await expect.poll(() => page.locator('[data-site-search-status]').textContent()).toMatch(/memerlukan koneksi internet/);
    await page.close();
  });

  it.each(['manual/', 'istilah/', 'indikator/', 'pohon-kinerja/'])('%s opens', async (path) => {
    const page = await context.newPage();
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

describe('a new build', () => {
  const work = mkdtempSync(join(tmpdir(), 'katalog-update-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('replaces the cached site on the next visit, and the page says so in one line', async () => {
    // The second build differs from the first in every page: its canonical addresses.
    const next = join(work, 'dist');
    const build = await runAstroBuild({ outDir: next, env: { KATALOG_SITE: 'https://versi-baru.example.id', KATALOG_CACHE_DIR: join(work, 'cache') } });
    expect(build.code, build.output).toBe(0);

    const first = await startStaticServer({ root: distDir });
    const port = Number(new URL(first.url).port);
    const browser = await launchChromium({ serviceWorkers: 'allow' });
    try {
      const page = await browser.context.newPage();
      await page.goto(first.url + IKU_TERLINDUNGI);
      await waitForServiceWorker(page);
      await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toMatch(/^https:\/\/katalog-iku\.example\.id\//);
      await first.close();

      const second = await startStaticServer({ root: next, port });
      try {
        // The next visit: the cached page shows at once, the new worker installs and takes over.
        await page.reload();
        const notice = page.locator('[data-update-notice]');
        await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
        await expect(notice.textContent()).resolves.toMatch(/Versi baru situs ini sudah tersedia/);
        await notice.getByRole('button', { name: 'Muat ulang' }).click();
        await expect
          .poll(() => page.locator('link[rel=canonical]').getAttribute('href'))
          .toMatch(/^https:\/\/versi-baru\.example\.id\//);
        await expect(notice.isVisible()).resolves.toBe(false);
      } finally {
        await second.close();
      }
    } finally {
      await browser.close();
    }
  });
});
