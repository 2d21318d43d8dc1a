/**
 * The shape of the IKM survey of PermenPANRB No. 14 Tahun 2017 that a form needs: the nine unsur,
 * the answer scale and the weight options, without the computation (which is in `ikm.ts`, loaded
 * only by the pages that compute an IKM).
 */

/** The nine unsur in the order of PermenPANRB 14/2017 (some applications swap 8 and 9; this does not). */
export const IKM_UNSUR = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
] as const;

/** PermenPANRB 14/2017: each answer scores 1 (worst) to 4 (best). */
export const IKM_MIN_ANSWER = 1;
export const IKM_MAX_ANSWER = 4;

/** How the nine NRR are weighted: exactly 1/9, or 0,111 as printed on the regulation's forms. */
export type IkmWeight = 'exact' | 'rounded';

/** How each weight is written. */
export const IKM_WEIGHT_LABELS: Readonly<Record<IkmWeight, { text: string }>> = {
  exact: { text: '1/9' },
  rounded: { text: '0,111' },
};

/** Stable keys of the IKM inputs, used in `FieldError.field`. */
export const IKM_FIELD = {
  responden: 'responden',
  /** The total of unsur `nomor` (1-9). */
  unsur: (nomor: number): string => `unsur.${nomor}`,
} as const;
