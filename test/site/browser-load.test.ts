// Every page of the built site, in Chromium: it loads with no console error, no failed request, no
// request to another site and no Content Security Policy violation, and axe finds no WCAG 2.0-2.2
// A/AA or best-practice violation, in the light and in the dark theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/site-pages';

const pages = builtPages();
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

describe('every page loads cleanly and accessibly in Chromium', () => {
  it('finds the pages of the built site', () => {
    expect(pages.length).toBeGreaterThan(48 + 23);
  });

  it.each(pages)('/%s', async (path) => {
    const page = await site.context.newPage();
    try {
      const watch = watchPage(page, site.url);
      const response = await page.goto(site.url + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, ['color-contrast', 'link-in-text-block']);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect({ light, dark }).toEqual({ light: [], dark: [] });
      expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    } finally {
      await page.close();
    }
  });
});
