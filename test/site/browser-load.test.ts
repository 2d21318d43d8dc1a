// Every page of the built site, in Chromium: it loads with no console error, no failed request, no
// request to another site and no Content Security Policy violation, and axe finds no WCAG 2.0-2.2
// A/AA or best-practice violation, in the light and in the dark theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../support/browser';
import { auditPage, CLEAN_PAGE } from '../support/page-audit';
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
    expect(await auditPage(site, path)).toEqual(CLEAN_PAGE);
  });
});
