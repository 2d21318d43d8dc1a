// Formulas of a few kinds, as content files write them, for the measurement tests.
import type { FormulaDefinition } from '../../../src/domain/formula/definition';
import { decimalFromString, normalize, toPlainString, type Decimal } from '../../../src/domain/number/decimal';

export const FORMULAS = new Map<string, FormulaDefinition>([
  ['persen', { jenis: 'persentase', pembilang: { label: 'Bagian' }, penyebut: { label: 'Keseluruhan' } }],
  ['tetap', { jenis: 'persentase', pembilang: { label: 'Warga terampil' }, penyebut: { label: '125 Orang', tetap: 125 } }],
  ['rasio', { jenis: 'rasio', pembilang: { label: 'Persediaan' }, penyebut: { label: 'Kebutuhan' } }],
  ['uang', { jenis: 'jumlah', uang: true, entri: { label: 'Realisasi PMDN' } }],
  ['cacah', { jenis: 'cacah', besaran: { label: 'Layanan' } }],
  ['ikm', { jenis: 'ikm' }],
]);

export const d = decimalFromString;
/** A value's plain text, trailing zeros dropped, so equal values compare equal. */
export const plain = (value: Decimal | undefined) => (value ? toPlainString(normalize(value)) : undefined);
