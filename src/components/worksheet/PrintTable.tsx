/**
 * The period's Tabel Pengukuran Kinerja as the LKjIP annex prints it (Sasaran, Indikator Kinerja,
 * Target, Realisasi, % Capaian, Kategori), grouped by unit, from what the worksheet holds now.
 * Shown only on paper (A4); the published year's table is `/capaian/<tahun>/`.
 */
import { Component } from 'preact';
import { resultSatuan } from '../../domain/formula/realisation';
import { PERIODE_LABEL, type Periode } from '../../domain/measurement/record';
import type { Decimal } from '../../domain/number/decimal';
import { formatBySatuan } from '../../domain/number/format';
import type { WorksheetEntry } from '../../domain/worksheet/entry';
import { entryFigures } from '../../domain/worksheet/figures';
import type { SheetIndicator } from './types';
import type { UnitGroup } from './unit-groups';

interface Props {
  groups: readonly UnitGroup[];
  entryOf(indikator: string): WorksheetEntry | undefined;
  tahun: number;
  periode: Periode;
  /** Changes whenever an entry does, so the table is redrawn only then. */
  version: unknown;
}

function figure(indicator: SheetIndicator, value: Decimal | undefined): string {
  return value ? formatBySatuan(value, resultSatuan(indicator.rumus, indicator.satuan)) : '—';
}

function Table({ groups, entryOf, tahun, periode }: Props) {
  let number = 0;
  return (
    <section class="ws-print" aria-labelledby="tabel-cetak">
      <h2 id="tabel-cetak">
        Tabel Pengukuran Kinerja, {PERIODE_LABEL[periode]} {tahun}
      </h2>
      <p>Dari lembar kerja, belum tentu sama dengan angka yang diterbitkan.</p>
      <table class="ws-print-table">
        <thead>
          <tr>
            <th scope="col">No</th>
            <th scope="col">Sasaran</th>
            <th scope="col">Indikator Kinerja</th>
            <th scope="col">Target</th>
            <th scope="col">Realisasi</th>
            <th scope="col">% Capaian</th>
            <th scope="col">Kategori</th>
          </tr>
        </thead>
        {groups.map(({ unit, indicators }) => (
          <tbody key={unit.id}>
            <tr>
              <th colSpan={7} scope="rowgroup">
                {unit.nama}
              </th>
            </tr>
            {indicators.map((indicator) => {
              const entry = entryOf(indicator.id);
              const figures = entry ? entryFigures(indicator, entry) : {};
              number += 1;
              return (
                <tr key={indicator.id}>
                  <td>{number}</td>
                  <td>{indicator.sasaran}</td>
                  <td>{indicator.nama}</td>
                  <td class="ws-num">{figure(indicator, figures.target)}</td>
                  <td class="ws-num">{figures.problem ? 'isian belum benar' : figure(indicator, figures.realisasi)}</td>
                  <td class="ws-num">{figures.capaian?.formatted ?? '—'}</td>
                  <td>{figures.capaian?.band.kategori ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}

export class PrintTable extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return next.version !== this.props.version;
  }

  override render() {
    return <Table {...this.props} />;
  }
}
