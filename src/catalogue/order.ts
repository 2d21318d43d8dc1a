/**
 * The decree's own order: Lampiran I before Lampiran II, then table by table, then by NO.
 */
export interface DecreePosition {
  lampiran: 'I' | 'II';
  tabel: number;
  nomor: number;
}

export function compareDecreeOrder(a: DecreePosition, b: DecreePosition): number {
  return a.lampiran.localeCompare(b.lampiran) || a.tabel - b.tabel || a.nomor - b.nomor;
}

/** "Lampiran II, tabel 5, NO 2": where an indicator stands in the decree. */
export function decreeReference(p: DecreePosition): string {
  return p.lampiran === 'I'
    ? `Lampiran I, NO ${p.nomor}`
    : `Lampiran II, tabel ${p.tabel}, NO ${p.nomor}`;
}
