/** The worksheet's buttons: check every entry, export the year, import a file, print the period's table. */
interface Props {
  tahun: number;
  /** False while the year loads. */
  ready: boolean;
  onCheck(): void;
  onExport(): void;
  onImport(file: File): void;
}

export function WorksheetActions({ tahun, ready, onCheck, onExport, onImport }: Props) {
  return (
    <div class="ws-actions no-print">
      <button type="button" class="calc-button" onClick={onCheck} disabled={!ready}>
        Periksa semua isian
      </button>
      <button type="button" class="calc-button calc-button--secondary" onClick={onExport} disabled={!ready}>
        Ekspor {tahun}.csv
      </button>
      <label class="calc-button calc-button--secondary ws-file" for="lk-impor">
        Impor berkas CSV
      </label>
      <input
        id="lk-impor"
        class="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        disabled={!ready}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared at once, so that choosing the same file again reads it again.
          input.value = '';
          if (file) onImport(file);
        }}
      />
      <button type="button" class="calc-button calc-button--secondary" onClick={() => print()}>
        Cetak tabel periode ini
      </button>
    </div>
  );
}
