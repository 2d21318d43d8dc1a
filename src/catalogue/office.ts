/**
 * How the pages name the office and its decree, written once from the office record
 * (`content/kantor/`), so that no page spells out an office, a region or a decree number.
 */
import type { Office } from './load';

/** The site's own name, before the office's. */
export const SITE_NAME = 'Katalog Indikator Kinerja';

/** The short name with the region, as titles and descriptions use it: "Bappeda Kota X". */
export function officeShortName(office: Office): string {
  return `${office.singkatan} ${office.wilayah}`;
}

/** The full name with the region: "Badan Perencanaan Pembangunan Daerah Kota X". */
export function officeFullName(office: Office): string {
  return `${office.nama} ${office.wilayah}`;
}

/** "Keputusan Nomor 050/17/...": the decree by the number in the form the site writes it. */
export function decreeTitle(office: Office): string {
  return `Keputusan Nomor ${office.nomorKeputusan}`;
}

/**
 * The catalogue's name as a Data Package name (lower-case letters, digits and hyphens):
 * "katalog-indikator-kinerja-bappeda-kota-x".
 */
export function catalogueId(office: Office): string {
  return `katalog indikator kinerja ${office.singkatan} ${office.wilayah}`
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Keputusan Kepala Badan": the kind of decree, by the title of the head who issues it. */
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
