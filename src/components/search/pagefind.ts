/**
 * Pagefind in the browser, shared by the header search and the search page: loaded from the site's
 * base path on first use only, never with the page. The only markup taken from its excerpts is the
 * <mark> around the words found.
 */
import { STATUS_FILTER, STATUS_VALUES } from '../../catalogue/search-filters';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
interface PagefindApi {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Filters },
    wait?: number,
  ): Promise<PagefindSearch | null>;
}

/** Pagefind's filters: values by name, and its compound keywords (`not`, `any`, ...). */
export type Filters = Record<string, string[] | Record<string, string>>;

/** What a search shows: only indicators in force (the default), all of them, or only those no longer in force. */
export type StatusScope = 'berlaku' | 'semua' | 'tidak-berlaku';

/** The filters of a scope, added to the others: searches leave out indicators no longer in force by default. */
export function statusFilters(scope: StatusScope): Filters {
  if (scope === 'semua') return {};
  if (scope === 'tidak-berlaku') return { [STATUS_FILTER]: [STATUS_VALUES.tidakBerlaku] };
  return { not: { [STATUS_FILTER]: STATUS_VALUES.tidakBerlaku } };
}

let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, from `base` (the site's base path, ending in '/'). */
export function loadPagefind(base: string): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)
    .then(async (api: PagefindApi) => {
      // A snippet of a line or two around the words found (Pagefind's default is 30 words).
      await api.options({ baseUrl: base, excerptLength: 20 });
      await api.init();
      return api;
    })
    .catch((error: unknown) => {
      pagefind = undefined; // a failed load (offline, no index under `npm run dev`) is retried next time
      throw error;
    });
  return pagefind;
}

/** Pagefind's excerpt as text nodes and <mark> elements only. */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** What a result says it is: "Indikator · Bidang Pengaduan", "Istilah". */
export function resultKind(data: PagefindResultData): string {
  return [data.meta['jenis'], data.meta['unit']].filter(Boolean).join(' · ');
}

/**
 * The message for a search that could not load Pagefind or a part of its index. Offline, the pages
 * open from the service worker's cache, but the index only holds what earlier searches fetched. The
 * dev server serves the index of the last build (src/integrations/pagefind.ts); before any build
 * there is none.
 */
export function loadFailedMessage(): string {
  if (!navigator.onLine) {
    return 'Pencarian memerlukan koneksi internet: indeks pencarian belum tersimpan di perangkat ini. Halaman yang pernah dibuka tetap dapat dibaca.';
  }
  return import.meta.env.DEV
    ? 'Pencarian tidak dapat dimuat. Di "npm run dev", pencarian memakai indeks dari "npm run build" terakhir: jalankan itu sekali, lalu muat ulang halaman.'
    : 'Pencarian tidak dapat dimuat. Coba muat ulang halaman.';
}
