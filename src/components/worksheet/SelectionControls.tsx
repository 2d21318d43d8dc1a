/** The three selects of the worksheet: the year, the period and the unit shown. */
import { PERIODE_LABEL, PERIODS, type Periode } from '../../domain/measurement/record';
import type { SheetUnit } from './types';
import type { Selection } from './use-selection-in-url';

interface Props {
  selection: Selection;
  years: readonly number[];
  units: readonly SheetUnit[];
  choose(change: Partial<Selection>): void;
}

export function SelectionControls({ selection, years, units, choose }: Props) {
  return (
    <form class="ws-controls no-print" aria-label="Pilih tahun, periode dan unit" onSubmit={(event) => event.preventDefault()}>
      <div class="calc-field">
        <label class="calc-label" for="lk-tahun">
          Tahun
        </label>
        <select id="lk-tahun" value={selection.tahun} onChange={(event) => choose({ tahun: Number(event.currentTarget.value) })}>
          {years.map((year) => (
            <option value={year}>{year}</option>
          ))}
        </select>
      </div>
      <div class="calc-field">
        <label class="calc-label" for="lk-periode">
          Periode
        </label>
        <select id="lk-periode" value={selection.periode} onChange={(event) => choose({ periode: event.currentTarget.value as Periode })}>
          {PERIODS.map((p) => (
            <option value={p}>{PERIODE_LABEL[p]}</option>
          ))}
        </select>
      </div>
      <div class="calc-field">
        <label class="calc-label" for="lk-unit">
          Unit kerja
        </label>
        <select id="lk-unit" value={selection.unit} onChange={(event) => choose({ unit: event.currentTarget.value })}>
          <option value="">Semua unit</option>
          {units.map((unit) => (
            <option value={unit.id}>{unit.nama}</option>
          ))}
        </select>
      </div>
    </form>
  );
}
