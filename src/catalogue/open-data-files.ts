/**
 * Every file of `/data/` that the data package and the DCAT catalogue describe, made once per build
 * by `site-data.ts`: each page of `src/pages/data/` serves its file from there, and `datapackage.json` and
 * `catalog.jsonld` give the same bytes' size and hash.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from './load';
import type { Measurements } from './measurement';
import { capaianCsv, capaianRecords, toJsonValues } from './measurement-open-data';
import { catalogueMsInd, msIndCsv, msIndWorkbook } from './ms-ind-files';
import { XLSX_MEDIATYPE } from './ms-ind';
import { toCsv } from './open-data';
import { capaianWorkbook, indicatorsWorkbook } from './open-data-workbooks';
import type { OpenDataRecord } from './open-data';
import { dataDate } from './data-date';

/** The files, by name under `/data/`, with their media type. */
export const DATA_FILES = {
  'indikator.json': 'application/json',
  'indikator.csv': 'text/csv',
  'indikator.xlsx': XLSX_MEDIATYPE,
  'capaian.json': 'application/json',
  'capaian.csv': 'text/csv',
  'capaian.xlsx': XLSX_MEDIATYPE,
  'ms-ind.csv': 'text/csv',
  'ms-ind.xlsx': XLSX_MEDIATYPE,
} as const;

export type DataFileName = keyof typeof DATA_FILES;

export interface DataFile {
  bytes: Uint8Array<ArrayBuffer>;
  mediatype: string;
  /** `sha256:<hex>`, as a Frictionless resource's `hash` writes it. */
  hash: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

export type DataFiles = Record<DataFileName, DataFile>;

/** Every file's bytes, media type and hash. */
export async function makeDataFiles(catalogue: Catalogue, measurements: Measurements, records: readonly OpenDataRecord[]): Promise<DataFiles> {
  const date = dataDate(catalogue.decree.data.tanggal);
  const capaian = capaianRecords(measurements);
  const msInd = catalogueMsInd(catalogue);
  const contents: Record<DataFileName, Uint8Array<ArrayBuffer>> = {
    'indikator.json': encode(JSON.stringify(records, null, 2)),
    'indikator.csv': encode(toCsv(records)),
    'indikator.xlsx': await indicatorsWorkbook(records, catalogue.office, date),
    'capaian.json': encode(JSON.stringify(toJsonValues(capaian), null, 2)),
    'capaian.csv': encode(capaianCsv(capaian)),
    'capaian.xlsx': await capaianWorkbook(capaian, catalogue.office, date),
    'ms-ind.csv': encode(msIndCsv(msInd)),
    'ms-ind.xlsx': await msIndWorkbook(msInd, catalogue.office, date),
  };
  const entries = Object.entries(contents).map(([name, bytes]) => [
    name,
    { bytes, mediatype: DATA_FILES[name as DataFileName], hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` },
  ]);
  return Object.fromEntries(entries) as DataFiles;
}

/** A page's response: the file's bytes with its media type (text as UTF-8). */
export function dataFileResponse(file: DataFile): Response {
  const type = file.mediatype.startsWith('text/') || file.mediatype.endsWith('json') ? `${file.mediatype}; charset=utf-8` : file.mediatype;
  return new Response(file.bytes, { headers: { 'Content-Type': type } });
}
