/**
 * The headline of a realisation, the result of every formula the decree writes itself (persentase,
 * rasio, jumlah, cacah, nilai): the figure in its unit, and a sum of money's short reading. Its own
 * module, so that the IKM and SAKIP calculators, which have headlines of their own, do not load it.
 */
import type { Realisation } from '../../domain/formula/realisation';

export function RealisationLine({ result }: { result: Realisation }) {
  return (
    <span class="calc-result-line">
      Realisasi: <strong class="calc-result-value">{result.formatted}</strong>
      {result.short && <span class="calc-result-short"> ({result.short})</span>}
    </span>
  );
}
