/**
 * What an imported file would change, before it changes anything: new rows are merged, same rows
 * change nothing, and each conflict shows both figures and stays as the worksheet has it unless
 * the person ticks "pakai angka berkas".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PERIODE_LABEL } from '../../domain/measurement/record';
import { formatExactNumber } from '../../domain/number/format';
import type { CapaianRow } from '../../domain/measurement/record';
import { entryKey } from '../../domain/worksheet/keys';
import type { ImportChange } from '../../domain/worksheet/merge';
import type { SheetIndicator } from './types';

interface Props {
  fileName: string;
  tahun: number;
  changes: ImportChange[];
  indicators: ReadonlyMap<string, SheetIndicator>;
  onMerge(takeFile: ReadonlySet<string>): void;
  onCancel(): void;
}

/** A row in words: "target 80; pembilang 30, penyebut 40; sumber LKjIP 2024". */
export function rowText(row: CapaianRow | undefined): string {
  if (!row) return 'belum ada angka';
  const parts = [
    row.target && `target ${formatExactNumber(row.target)}`,
    row.realisasi && `realisasi ${formatExactNumber(row.realisasi)}`,
    row.pembilang && row.penyebut && `pembilang ${formatExactNumber(row.pembilang)}, penyebut ${formatExactNumber(row.penyebut)}`,
    row.sumber && `sumber ${row.sumber}`,
    row.catatan && `catatan ${row.catatan}`,
  ];
  return parts.filter(Boolean).join('; ');
}

export function ImportReview({ fileName, tahun, changes, indicators, onMerge, onCancel }: Props) {
  const [takeFile, setTakeFile] = useState<ReadonlySet<string>>(new Set());
  // A file read is reviewed where the person looks: the review takes the focus.
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.focus(), [changes]);
  const count = (status: ImportChange['status']) => changes.filter((change) => change.status === status).length;
  const conflicts = changes.filter((change) => change.status === 'beda');
  const news = changes.filter((change) => change.status === 'baru');
  const toggle = (key: string, on: boolean) =>
    setTakeFile((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const name = (change: ImportChange) => `${indicators.get(change.indikator)?.nama ?? change.indikator}, ${PERIODE_LABEL[change.periode]}`;
  return (
    <section class="ws-import" aria-labelledby="impor-judul" tabIndex={-1} id="impor-tinjau" ref={section}>
      <h2 id="impor-judul">
        Tinjau impor: {fileName} (tahun {tahun})
      </h2>
      <p>
        {changes.length} baris: {count('baru')} baru, {count('sama')} sama dengan lembar kerja, {count('beda')} berbeda. Belum ada yang berubah.
      </p>
      {news.length > 0 && (
        <>
          <h3>Baris baru (akan ditambahkan)</h3>
          <ul>
            {news.map((change) => (
              <li key={entryKey(change.periode, change.indikator)}>
                {name(change)}: {rowText(change.berkas)}
              </li>
            ))}
          </ul>
        </>
      )}
      {conflicts.length > 0 && (
        <fieldset class="ws-conflicts">
          <legend>Berbeda dengan lembar kerja: isian Anda tetap, kecuali Anda memilih angka berkas</legend>
          {conflicts.map((change) => {
            const key = entryKey(change.periode, change.indikator);
            const inputId = `impor-${change.periode}-${change.indikator}`;
            return (
              <div class="ws-conflict" key={key}>
                <p>
                  <strong>{name(change)}</strong>
                </p>
                <p>Lembar kerja: {change.mineProblem ? `isian belum benar (${change.mineProblem})` : rowText(change.mine)}</p>
                <p>Berkas: {rowText(change.berkas)}</p>
                <div class="calc-radio">
                  <input
                    class="calc-radio-input"
                    type="checkbox"
                    id={inputId}
                    checked={takeFile.has(key)}
                    onChange={(event) => toggle(key, event.currentTarget.checked)}
                  />
                  <label class="calc-radio-label" for={inputId}>
                    Pakai angka berkas untuk {name(change)}
                  </label>
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      <div class="calc-actions">
        <button type="button" class="calc-button" onClick={() => onMerge(takeFile)}>
          Gabungkan ke lembar kerja
        </button>
        <button type="button" class="calc-button calc-button--secondary" onClick={onCancel}>
          Batalkan impor
        </button>
      </div>
    </section>
  );
}
