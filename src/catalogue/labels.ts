/** Indonesian words for the content model's codes, as the pages and the open-data page show them. */

export const TINGKAT_LABEL = {
  IKU: 'Indikator Kinerja Utama (IKU)',
  IK: 'Indikator Kinerja (IK)',
} as const;

export const SATUAN_LABEL = {
  persen: 'Persen (%)',
  rupiah: 'Rupiah (Rp)',
  jumlah: 'Jumlah',
  indeks: 'Indeks',
  nilai: 'Nilai',
  rasio: 'Rasio',
} as const;

export const POLARITAS_LABEL = {
  naik: 'Makin tinggi makin baik',
  turun: 'Makin rendah makin baik',
} as const;
