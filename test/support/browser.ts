// Debian's Chromium driven by playwright-core against the built site, served on localhost.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { distDir } from './dist';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  /** The site's root address, ending in '/'. */
  url: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium profile, removed on close. */
export async function launchChromium(options: { serviceWorkers?: 'allow' | 'block' } = {}) {
  // `npm test` installs Chromium first (scripts/test-tools.sh); run directly, say what is missing.
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run npm test, which installs it (scripts/test-tools.sh)`);
  const profile = mkdtempSync(join(tmpdir(), 'katalog-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    serviceWorkers: options.serviceWorkers ?? 'block',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves dist/ and opens a fresh Chromium profile. Service workers are blocked unless asked for, so
 * that a test sees what the page itself loads (the offline tests allow them).
 */
export async function openSite(options: { root?: string; base?: string; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Site> {
  const server = await startStaticServer({ root: options.root ?? distDir, base: options.base ?? '/' });
  const browser = await launchChromium(options);
  return {
    url: server.url,
    context: browser.context,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/**
 * Records what a page does wrong while it is used: console errors, failed requests, requests to any
 * other origin, and Content Security Policy violations.
 */
export function watchPage(page: Page, siteUrl: string): PageWatch {
  const origin = new URL(siteUrl).origin;
  const watch: PageWatch = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const text = message.text();
      (/Content Security Policy/i.test(text) ? watch.cspViolations : watch.consoleErrors).push(text);
    }
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) watch.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => watch.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return watch;
}
