// The site on a phone, in Chromium at 360 × 740 CSS px (a common small Android screen): every page's
// h1 starts within the first 200 px and nothing scrolls sideways but the boxes made for it; the menu
// button works by keyboard and without JavaScript the links stay reachable; the targets a finger
// uses are large enough (WCAG 2.5.5 / 2.5.8); axe passes in both themes with the menu open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/site-pages';

const PHONE = { width: 360, height: 740 };
/** Issue 11: the h1 starts within the top 200 px of the first screen. */
const H1_TOP_LIMIT = 200;

const pages = builtPages();
const anIndicator = pages.find((p) => /^indikator\/[^/]+\/$/.test(p))!;
/** Pages with every kind of control: header, search, calculator, filters, pager. */
const representative = ['', anIndicator, 'cari/', 'capaian/', 'lembar-kerja/', 'manual/'].filter((p) => pages.includes(p));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

async function phonePage(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const page = await site.context.newPage();
  await page.setViewportSize(PHONE);
  if (options.javaScript === false) {
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  const response = await page.goto(site.url + path, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

describe('every page on a 360 × 740 screen', () => {
  it('finds the pages of the built site', () => {
    expect(pages.length).toBeGreaterThan(48 + 23);
    expect(representative).toEqual(expect.arrayContaining(['', anIndicator, 'cari/', 'capaian/', 'manual/']));
  });

  it.each(pages)('/%s: h1 within the first 200 px, no sideways scroll, wide content in a labelled focusable box', async (path) => {
    const page = await phonePage(path);
    try {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const layout = await page.evaluate(() => {
        const h1 = document.querySelector('h1');
        // Boxes that scroll sideways themselves: each must be reachable by keyboard and named.
        const scrollers = [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => {
          const overflow = getComputedStyle(el).overflowX;
          return (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1;
        });
        return {
          h1Top: h1 ? Math.round(h1.getBoundingClientRect().top) : null,
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth,
          unlabelledScrollers: scrollers
            .filter((el) => el.tabIndex < 0 || !el.getAttribute('role') || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
            .map((el) => el.outerHTML.slice(0, 80)),
        };
      });
      expect(layout.h1Top).not.toBeNull();
      expect(layout.h1Top!).toBeLessThan(H1_TOP_LIMIT);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.unlabelledScrollers).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the menu button', () => {
  const menuState = (page: Page) =>
    page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('.menu-toggle')!;
      const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
      const firstLink = panel.querySelector('nav a')!;
      return {
        expanded: button.getAttribute('aria-expanded'),
        linksVisible: firstLink.getBoundingClientRect().height > 0,
        focusOnButton: document.activeElement === button,
        focusInMenu: panel.contains(document.activeElement),
        focusOnLink: document.activeElement?.matches('nav a') === true && panel.contains(document.activeElement),
      };
    });

  it('folds the navigation; Tab reaches it, Enter and Space open it, Escape closes it and focuses the button', async () => {
    const page = await phonePage(anIndicator);
    try {
      const watch = watchPage(page, site.url);
      expect(await menuState(page)).toMatchObject({ expanded: 'false', linksVisible: false });
      // The search stays in view, one tap away.
      expect(await page.locator('#cari-situs').isVisible()).toBe(true);

      // Tab from the top of the page to the button (skip link, brand, search box and its button first).
      for (let i = 0; i < 8 && !(await menuState(page)).focusOnButton; i++) await page.keyboard.press('Tab');
      expect((await menuState(page)).focusOnButton).toBe(true);

      await page.keyboard.press('Enter');
      expect(await menuState(page)).toMatchObject({ expanded: 'true', linksVisible: true, focusOnButton: true });
      // The panel follows the button: Tab goes into it (the theme toggle, then the links).
      await page.keyboard.press('Tab');
      expect((await menuState(page)).focusInMenu).toBe(true);
      for (let i = 0; i < 3 && !(await menuState(page)).focusOnLink; i++) await page.keyboard.press('Tab');
      expect((await menuState(page)).focusOnLink).toBe(true);

      await page.keyboard.press('Escape');
      expect(await menuState(page)).toMatchObject({ expanded: 'false', linksVisible: false, focusOnButton: true });

      await page.keyboard.press('Space');
      expect(await menuState(page)).toMatchObject({ expanded: 'true', linksVisible: true });
      await page.keyboard.press('Space');
      expect(await menuState(page)).toMatchObject({ expanded: 'false', linksVisible: false });
      expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    } finally {
      await page.close();
    }
  });

  it('is named and tied to its panel for screen readers', async () => {
    const page = await phonePage('');
    try {
      const button = page.getByRole('button', { name: 'Menu' });
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      const controls = await button.getAttribute('aria-controls');
      expect(await page.locator(`#${controls}`).getByRole('navigation', { name: 'Navigasi utama', includeHidden: true }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('without JavaScript is not shown, and the links and search stay in view', async () => {
    const page = await phonePage(anIndicator, { javaScript: false });
    try {
      const state = await page.evaluate(() => {
        const visible = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility === 'visible';
        return {
          button: visible(document.querySelector('.menu-toggle')),
          links: [...document.querySelectorAll('.site-nav a')].every(visible),
          search: visible(document.querySelector('.site-search input')),
        };
      });
      expect(state).toEqual({ button: false, links: true, search: true });
    } finally {
      await page.close();
    }
  });

  it('leaves the wide-screen header as it was: no button, the links in view', async () => {
    const page = await site.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(site.url);
      expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
      expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
      expect(await page.locator('.theme-toggle').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('targets a finger uses', () => {
  /**
   * Every visible link and control in the header, the navigations, the forms and the pager, with the
   * way it falls short: WCAG 2.5.5 asks 44 × 44 CSS px; below that, WCAG 2.2's 2.5.8 accepts 24 × 24,
   * or a smaller target whose 24 px circle (centred on it) meets no other target nor the circle of
   * another small target. Links inside running text are exempt and not collected.
   */
  const smallTargets = (page: Page) =>
    page.evaluate(() => {
      const selector = ['header', 'nav', 'form', '.pager'].flatMap((scope) => ['a', 'button', 'input', 'select', 'textarea', 'summary'].map((tag) => `${scope} ${tag}`)).join(', ');
      const targets = [...new Set(document.querySelectorAll<HTMLElement>(selector))]
        .filter((el) => getComputedStyle(el).visibility === 'visible')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
      const distanceToBox = (p: { x: number; y: number }, b: DOMRect) =>
        Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
      const undersized = (b: DOMRect) => b.width < 24 || b.height < 24;
      const name = (el: HTMLElement) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}"`;
      const problems: string[] = [];
      for (const t of targets) {
        if (!undersized(t.box)) continue;
        const c = centre(t.box);
        const crowded = targets.find((o) => {
          if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
          return undersized(o.box) ? Math.hypot(centre(o.box).x - c.x, centre(o.box).y - c.y) < 24 : distanceToBox(c, o.box) < 12;
        });
        if (crowded) problems.push(`${name(t.el)} ${Math.round(t.box.width)}×${Math.round(t.box.height)} next to ${name(crowded.el)}`);
      }
      // On a phone the header's controls meet the enhanced 44 px (2.5.5).
      for (const t of targets.filter((t) => t.el.closest('.site-header') && !t.el.closest('.brand'))) {
        if (t.box.height < 44) problems.push(`header ${name(t.el)} ${Math.round(t.box.width)}×${Math.round(t.box.height)}`);
      }
      return { count: targets.length, problems };
    });

  it.each(representative)('/%s (menu open)', async (path) => {
    const page = await phonePage(path);
    try {
      await page.getByRole('button', { name: 'Menu' }).click();
      const { count, problems } = await smallTargets(page);
      expect(count).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the calculator with one thumb', () => {
  // A percentage indicator of Lampiran II: two counts and an optional target.
  const path = 'indikator/persentase-kesempatan-kerja-yang-terpenuhi/';

  it('numeric keyboard, a reachable error summary, and the result in view after "Hitung"', async () => {
    expect(pages).toContain(path);
    const page = await phonePage(path);
    try {
      await page.locator('astro-island').first().scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const inputs = page.locator('form.calc input');
      expect(await inputs.evaluateAll((all) => all.map((input) => (input as HTMLInputElement).inputMode))).toEqual(['decimal', 'decimal', 'decimal']);

      const hitung = page.getByRole('button', { name: 'Hitung' });
      await hitung.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.calc-error-summary'))).toBe(true);
      const summary = await page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        return { focused: document.activeElement!.matches('.calc-error-summary'), top: box.top, bottom: box.bottom };
      });
      expect(summary.focused).toBe(true);
      expect(summary.top).toBeGreaterThanOrEqual(0);
      expect(summary.top).toBeLessThan(PHONE.height);

      // 45 of 60 vacancies filled: 45 / 60 × 100% = 75%; against a target of 80%, 75 / 80 × 100%
      // = 93,75%. With the capaian and its working the result is taller than half the screen.
      await inputs.nth(0).fill('45');
      await inputs.nth(1).fill('60');
      await inputs.nth(2).fill('80');
      await hitung.scrollIntoViewIfNeeded();
      await hitung.click();
      const result = page.locator('form.calc output');
      await expect.poll(() => result.textContent()).toContain('75%');
      expect(await result.textContent()).toContain('93,75%');
      // The whole result on screen, or as much of it as fits, from its first line (it scrolls into
      // view once the submit has rendered).
      // Scrolled to its top edge, the box may sit a fraction of a pixel above the screen (-0.28 px
      // measured once the page had its "Riwayat"): within one pixel, as the bottom edge below.
      await expect.poll(() => result.evaluate((output) => output.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
      const box = (await result.boundingBox())!;
      expect(box.y + Math.min(box.height, PHONE.height)).toBeLessThanOrEqual(PHONE.height + 1);
    } finally {
      await page.close();
    }
  });
});

describe('an indicator page on a wide screen', () => {
  it('puts "Di halaman ini" beside the text, and keeps it in view while the text scrolls', async () => {
    const page = await site.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(site.url + anIndicator);
      const boxes = () =>
        page.evaluate(() => {
          const toc = document.querySelector('nav.toc')!.getBoundingClientRect();
          const text = document.querySelector('.indicator__body')!.getBoundingClientRect();
          return { tocLeft: toc.left, tocTop: toc.top, tocBottom: toc.bottom, textRight: text.right, textTop: text.top };
        });
      const atTop = await boxes();
      expect(atTop.tocLeft).toBeGreaterThan(atTop.textRight);
      // Beside the text, not above it: the list starts above where the text does.
      expect(atTop.tocTop).toBeLessThan(atTop.textTop);
      await page.evaluate(() => scrollTo(0, 2000));
      const scrolled = await boxes();
      expect(scrolled.tocTop).toBeGreaterThanOrEqual(0);
      expect(scrolled.tocBottom).toBeLessThanOrEqual(800);
    } finally {
      await page.close();
    }
  });
});

describe('axe on a phone', () => {
  it.each(representative)('/%s in both themes, menu closed and open', async (path) => {
    const page = await phonePage(path);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      const closed = await axeViolations(page);
      await page.getByRole('button', { name: 'Menu' }).click();
      const open = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, ['color-contrast', 'link-in-text-block', 'target-size']);
      expect({ closed, open, dark }).toEqual({ closed: [], open: [], dark: [] });
    } finally {
      await page.close();
    }
  });
});
