/**
 * How the pages name the office and its decree, written once from the office record
 * (`content/kantor/`), so that no page spells out an office, a region or a decree number.
 */
import type { Office } from './load';

/** The site's own name, before the office's. */
export const SITE_NAME = 'Katalog Indikator Kinerja';

/** "DPMPTSPTK Kabupaten Balangan": the short name with the region, as titles and descriptions use it. */
export function officeShortName(office: Office): string {
  return `${office.singkatan} ${office.wilayah}`;
}

/** "Dinas Penanaman Modal, ... Kabupaten Balangan": the full name with the region. */
export function officeFullName(office: Office): string {
  return `${office.nama} ${office.wilayah}`;
}

/** "Keputusan Nomor 188.46/069/SK/DPMPSTPTTK/2023". */
export function decreeTitle(office: Office): string {
  return `Keputusan Nomor ${office.nomorKeputusan}`;
}
