/**
 * Site paths, with the configured base (the site may be served from a sub-path). Links in pages
 * and the `url` field of the open data are made here and nowhere else.
 */
import { base } from '../site-config.mjs';

// The configured base, from the one setting: import.meta.env.BASE_URL gave '/' in pages built
// with a base here, so links would have escaped the sub-path.
const BASE = base.replace(/\/?$/, '/');

/** A path inside the site, with the base: withBase('indikator/') -> '/katalog/indikator/'. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** The path of an indicator page without the base, as published in the open data. */
export function indicatorPath(id: string): string {
  return `/indikator/${id}/`;
}

/** The path of an indicator's MS-Ind metadata page without the base. */
export function msIndPath(id: string): string {
  return `${indicatorPath(id)}ms-ind/`;
}

export function unitPath(id: string): string {
  return `/unit/${id}/`;
}

/** The service worker, at the site's root so that its scope is the whole site. */
export const SERVICE_WORKER_PATH = 'sw.js';

/** The list of the office's decrees, and one decree's page (its record and what it changed). */
export function decreePath(id?: string): string {
  return id === undefined ? '/keputusan/' : `/keputusan/${id}/`;
}
