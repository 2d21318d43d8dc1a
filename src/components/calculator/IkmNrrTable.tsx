/**
 * The IKM's nilai rata-rata (NRR) per unsur, as a table under the result: a module of its own,
 * loaded once there is a result to detail (`IkmCalculator.tsx`).
 */
import type { IkmResult } from '../../domain/ikm';
import { IKM_WEIGHT_LABELS } from '../../domain/ikm-survey';
import { decimal } from '../../domain/number/decimal';
import { formatExactNumber } from '../../domain/number/format';
import { shown } from './ikm-format';

export function IkmNrrTable({ result, id }: { result: IkmResult; id: string }) {
  const weight = IKM_WEIGHT_LABELS[result.weight].text;
  return (
    <div class="calc-table-wrap" role="region" aria-labelledby={`${id}-nrr-caption`} tabIndex={0}>
      <table class="calc-table">
        <caption id={`${id}-nrr-caption`}>Nilai rata-rata (NRR) per unsur</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Unsur</th>
            <th scope="col" class="calc-num">Total nilai</th>
            <th scope="col" class="calc-num">NRR</th>
            <th scope="col" class="calc-num">NRR × {weight}</th>
          </tr>
        </thead>
        <tbody>
          {result.unsur.map((row) => (
            <tr key={row.nomor}>
              <td>{row.nomor}</td>
              <th scope="row">{row.nama}</th>
              <td class="calc-num">{formatExactNumber(decimal(row.total))}</td>
              <td class="calc-num">{shown(row.nrr, 3)}</td>
              <td class="calc-num">{shown(row.nrrTertimbang, 4)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Nilai IKM unit (jumlah NRR tertimbang)
            </th>
            <td class="calc-num">{shown(result.unitValue, 4)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
