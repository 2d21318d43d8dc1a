/**
 * `/data/datapackage.json`: the Frictionless Data Package of every file under `/data/`. The CSV
 * files are Tabular Data Resources for machines (UTF-8 without a byte-order mark, comma, `.`
 * decimals, CRLF); the JSON files and the workbooks for Excel are plain resources, so the package is
 * a Data Package (`profile: data-package`), not a Tabular Data Package. Each resource
 * carries the `bytes` and `hash` of the file the build wrote.
 */
import { capaianResource } from './measurement-open-data';
import { dataPackage } from './open-data';
import type { DataFileName, DataFiles } from './open-data-files';

type PackageOptions = Parameters<typeof dataPackage>[0];

/** How the machine CSV files are written (`MACHINE_CSV`), as a Frictionless CSV Dialect. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** The plain resources beside the tables: the same records as JSON and as workbooks. */
const PLAIN_RESOURCES: { name: string; path: DataFileName; title: string; format: string }[] = [
  { name: 'indikator-json', path: 'indikator.json', title: 'Indikator, JSON: rekaman yang sama dengan indikator.csv dalam satu larik.', format: 'json' },
  { name: 'indikator-xlsx', path: 'indikator.xlsx', title: 'Indikator, Excel: kolom dan baris yang sama dengan indikator.csv (lembar "Data").', format: 'xlsx' },
  { name: 'capaian-json', path: 'capaian.json', title: 'Capaian, JSON: rekaman yang sama dengan capaian.csv dalam satu larik.', format: 'json' },
  { name: 'capaian-xlsx', path: 'capaian.xlsx', title: 'Capaian, Excel: kolom dan baris yang sama dengan capaian.csv (lembar "Data").', format: 'xlsx' },
];

export function fullDataPackage(options: PackageOptions, files: DataFiles) {
  const base = dataPackage(options);
  const withFile = <R extends { path: string }>(resource: R) => {
    const file = files[resource.path as DataFileName];
    return { ...resource, bytes: file.bytes.byteLength, hash: file.hash };
  };
  const tables = [...base.resources, capaianResource()].map((r) => (r.format === 'csv' ? { ...r, dialect: CSV_DIALECT } : r));
  const plain = PLAIN_RESOURCES.map((r) => ({ ...r, profile: 'data-resource', mediatype: files[r.path].mediatype, ...(r.format === 'json' ? { encoding: 'utf-8' } : {}) }));
  return { ...base, resources: [...tables, ...plain].map(withFile) };
}
