// Every page of the built site loads in Chromium with no console error, no failed request and no
// request to another site: the site is self-contained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchPage, type Site } from '../support/browser';
import { builtPages } from '../support/site-pages';

const pages = builtPages();
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe('every page loads cleanly in Chromium', () => {
  it('finds the pages of the built site', () => {
    expect(pages.length).toBeGreaterThan(48 + 23);
  });

  it.each(pages)('/%s', async (path) => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.url);
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await page.close();
    expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
  });
});
