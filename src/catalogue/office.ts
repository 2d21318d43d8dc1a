/**
 * How the pages name the office and its decree, written once from the office record
 * (`content/kantor/`), so that no page spells out an office, a region or a decree number.
 */
import type { Office } from './load';

/** The site's own name, before the office's. */
export const SITE_NAME = 'Katalog Indikator Kinerja';

/** The short name with the region, as titles and descriptions use it: "DPMPTSPTK Kabupaten X". */
export function officeShortName(office: Office): string {
  return `${office.singkatan} ${office.wilayah}`;
}

/** The full name with the region: "Dinas Penanaman Modal, ... Kabupaten X". */
export function officeFullName(office: Office): string {
  return `${office.nama} ${office.wilayah}`;
}

/** "Keputusan Nomor 188.46/...": the decree by the number in the form the site writes it. */
export function decreeTitle(office: Office): string {
  return `Keputusan Nomor ${office.nomorKeputusan}`;
}

/**
 * The catalogue's name as a Data Package name (lower-case letters, digits and hyphens):
 * "katalog-indikator-kinerja-dpmptsptk-kabupaten-x".
 */
export function catalogueId(office: Office): string {
  return `katalog indikator kinerja ${office.singkatan} ${office.wilayah}`
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Keputusan Kepala Dinas": the kind of decree, by the title of the head who issues it. */
export function decreeKind(office: Office): string {
  return `Keputusan ${office.pimpinan}`;
}

/** The label of a kind of unit ("Sub Koordinator"), as the office record lists it. */
export function unitKindLabel(office: Office, kode: string): string {
  const kind = office.jenisUnit.find((k) => k.kode === kode);
  // The catalogue's structure check has already failed the build for an undeclared kind.
  if (!kind) throw new Error(`unknown kind of unit "${kode}"`);
  return kind.label;
}
