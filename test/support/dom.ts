// Built pages parsed into a DOM (node-html-parser), so tests assert on elements, attributes and
// text rather than on the markup's spelling (attribute order, quoting, entities).
import { parse, type HTMLElement } from 'node-html-parser';
import { distFile } from './dist';

export type { HTMLElement };

/** The parsed document of a built file: 'indikator/x/' reads its index.html. */
export function distDocument(path: string): HTMLElement {
  return parse(distFile(path === '' || path.endsWith('/') ? `${path}index.html` : path));
}

/** An element's text as a reader sees it: entities decoded, white space collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The CSS a built page loads: its linked stylesheets and its <style> elements. */
export function pageStyles(page: HTMLElement): string {
  const linked = page
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => distFile(new URL(link.getAttribute('href')!, 'http://site/').pathname.slice(1)));
  return [...linked, ...page.querySelectorAll('style').map((style) => style.textContent)].join('\n');
}
