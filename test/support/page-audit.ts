// One page in Chromium as every page must pass: it loads, axe finds no violation in the light theme
// and no contrast problem in the dark one, and nothing goes wrong while it loads.
import type { Site, PageWatch } from './browser';
import { watchPage } from './browser';
import { axeBothThemes } from './axe';

export interface PageAudit {
  status: number | undefined;
  light: string[];
  dark: string[];
  watch: PageWatch;
}

export async function auditPage(site: Site, path: string): Promise<PageAudit> {
  const page = await site.context.newPage();
  try {
    const watch = watchPage(page, site.url);
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    const { light, dark } = await axeBothThemes(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return { status: response?.status(), light, dark, watch };
  } finally {
    await page.close();
  }
}

/** What auditPage returns for a page with nothing wrong. */
export const CLEAN_PAGE = {
  status: 200,
  light: [],
  dark: [],
  watch: { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] },
} satisfies PageAudit;
