/**
 * Search as you type in the header, as the WAI-ARIA Authoring Practices' "combobox with listbox
 * popup" (list autocomplete with manual selection): the box keeps focus, the arrow keys move the
 * active option (aria-activedescendant), Enter opens it, Escape closes the list and keeps the text.
 * With no active option, Enter submits the form to the full search page. A polite live region says
 * how many results there are. This script and Pagefind are loaded on the box's first focus.
 *
 * Written by hand rather than taken from a library: the pattern is a few dozen lines, and the
 * libraries that implement it bring their own markup and styles, and more script than the page has.
 */
import { excerptNodes, loadPagefind, resultKind, loadFailedMessage, statusFilters, type PagefindResultData } from './pagefind';

/** Results shown under the box; the search page lists them all. */
const SHOWN = 5;
/** A single letter matches nearly every page. */
const MIN_LENGTH = 2;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`site search: ${selector} is missing`);
  return element;
}

/**
 * One result as a listbox option: the name, then "kind · unit", then the snippet. The option is
 * named by all of its text, so what is read is what is seen.
 */
function optionFor(data: PagefindResultData, id: string): HTMLLIElement {
  const part = (className: string, ...content: (Node | string)[]) => {
    const span = document.createElement('span');
    span.className = className;
    span.append(...content);
    return span;
  };
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset['url'] = data.url;
  option.append(
    part('site-search__title', data.meta['title'] ?? data.url),
    part('site-search__kind', resultKind(data)),
    part('site-search__excerpt', ...excerptNodes(data.excerpt)),
  );
  return option;
}

function allResultsLink(form: HTMLFormElement, query: string, total: number): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `${form.getAttribute('action')}?${new URLSearchParams({ q: query })}`;
  link.textContent = `Lihat semua ${total} hasil`;
  return link;
}

export function startSiteSearch(form: HTMLFormElement): void {
  const input = required<HTMLInputElement>(form, 'input[type=search]');
  const popup = required<HTMLElement>(form, '[data-site-search-popup]');
  const list = required<HTMLUListElement>(form, '[role=listbox]');
  const more = required<HTMLElement>(form, '[data-site-search-more]');
  const status = required<HTMLElement>(form, '[data-site-search-status]');
  const base = form.dataset['base'] ?? '/';

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let shownFor = ''; // the query whose results the popup holds
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role=option]')];

  function setActive(index: number): void {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options()[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open(): void {
    if (shownFor === '') return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', String(options().length > 0));
  }

  function close(): void {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  /** Fills the popup: the options, the line under them, and what the live region says. */
  function show(query: string, results: PagefindResultData[], note: Node | string, announcement: string): void {
    shownFor = query;
    list.replaceChildren(...results.map((data, i) => optionFor(data, `${list.id}-${i}`)));
    more.replaceChildren(note);
    status.textContent = announcement;
    setActive(-1);
    open();
  }

  function clear(): void {
    shownFor = '';
    list.replaceChildren();
    more.replaceChildren();
    status.textContent = '';
    close();
  }

  async function update(): Promise<void> {
    const query = input.value.trim();
    if (query.length < MIN_LENGTH) return clear();
    try {
      const pagefind = await loadPagefind(base);
      const search = await pagefind.debouncedSearch(query, { filters: statusFilters('berlaku') }, 150);
      if (search === null) return; // superseded by a newer keystroke
      const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
      if (input.value.trim() !== query) return;
      const total = search.results.length;
      if (total === 0) {
        const none = `Tidak ada hasil untuk “${query}”.`;
        show(query, [], none, none);
      } else {
        const shown = total > SHOWN ? `, ${SHOWN} teratas ditampilkan` : '';
        show(query, results, allResultsLink(form, query, total), `${total} hasil untuk “${query}”${shown}. Pilih dengan panah bawah dan atas, buka dengan Enter.`);
      }
    } catch {
      const failed = loadFailedMessage();
      show(query, [], failed, failed);
    }
  }

  function go(option: HTMLLIElement | undefined): void {
    const url = option?.dataset['url'];
    if (url) location.assign(url);
  }

  input.addEventListener('focus', () => {
    loadPagefind(base).catch(() => undefined); // warm up; a failure is reported on the first search
    open();
  });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (popup.hidden) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From the box, Down goes to the first option and Up to the last; both wrap around.
        setActive(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
        return;
      }
      case 'Enter':
        if (active === -1) return; // the form goes to the search page
        event.preventDefault();
        go(options()[active]);
        return;
      case 'Escape':
        if (popup.hidden) return; // a second Escape clears the box, as search boxes do
        event.preventDefault();
        close();
        return;
    }
  });

  // The options are not focusable: a pointer picks one without taking focus from the box.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => go((event.target as Element).closest<HTMLLIElement>('[role=option]') ?? undefined));
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // A page kept for the Back button comes back with its results closed.
  window.addEventListener('pagehide', close);

  // Started by the box's first focus (SiteSearch.astro): take over that focus, and anything typed
  // while this script was on its way.
  if (document.activeElement === input) {
    loadPagefind(base).catch(() => undefined);
    if (input.value.trim() !== '') void update();
  }
}
