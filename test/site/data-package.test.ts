// The open data as other systems read it: the Frictionless reader from npm and csv-parse read every
// table of the Data Package (rows counted), exceljs every workbook, a JSON-LD processor the DCAT
// catalogue. Sizes and hashes in the package match the files.
import { join } from 'node:path';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS } from '../../src/catalogue/open-data';
import { distDir, distFile } from '../support/dist';
import { type ReadResource, readDataPackage, readSheet, sha256 } from '../support/open-data';

const data = join(distDir, 'data');
let read: Awaited<ReturnType<typeof readDataPackage>>;
const resource = (path: string) => read.resources.find((r) => r.path === path)!;
beforeAll(async () => {
  read = await readDataPackage(data);
});

describe('datapackage.json, read by the Frictionless reader', () => {
  it('is valid, with IANA encodings and the size and hash of every file', () => {
    expect(read.errors).toEqual([]);
    expect(read.valid).toBe(true);
    expect(read.resources.map((r) => r.path).sort()).toEqual(
      ['capaian.csv', 'capaian.json', 'capaian.xlsx', 'indikator.csv', 'indikator.json', 'indikator.xlsx', 'ms-ind.csv', 'ms-ind.xlsx'],
    );
    for (const r of read.resources) {
      // The IANA name (RFC 3629); Python's "utf-8-sig" is not one.
      if (r.encoding !== undefined) expect(r.encoding, r.path).toBe('utf-8');
      expect(r.descriptor.bytes, r.path).toBe(r.bytes.byteLength);
      expect(r.descriptor.hash, r.path).toBe(sha256(r.bytes));
    }
  });

  const tables: [string, number][] = [
    // path, rows: the decree's 48 indicators (28 IKU + 20 IK); the real content publishes no figures.
    ['indikator.csv', 48],
    ['ms-ind.csv', 48],
    ['capaian.csv', 0],
  ];
  it.each(tables)('%s: the reader and csv-parse both count %i rows, no byte-order mark', (path, count) => {
    const r: ReadResource = resource(path);
    expect(r.profile).toBe('tabular-data-resource');
    expect(r.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'byte-order mark').toBe(false);
    expect(r.readerRows).toHaveLength(count);
    expect(r.csvRows).toHaveLength(count + 1);
  });

  it('reads indikator.csv with its first field "id" and typed integers', () => {
    const rows = resource('indikator.csv').readerRows!;
    expect(Object.keys(rows[0]!)).toEqual(OPEN_DATA_FIELDS.map((f) => f.name));
    expect(rows.map((r) => r['id'])).toEqual(JSON.parse(distFile('data/indikator.json')).map((r: { id: string }) => r.id));
    expect(typeof rows[0]!['nomor']).toBe('number');
  });
});

describe('the workbooks for Excel', () => {
  it.each([
    ['indikator.xlsx', 'Data', 'indikator.csv'],
    ['capaian.xlsx', 'Data', 'capaian.csv'],
    ['ms-ind.xlsx', 'MS-Ind', 'ms-ind.csv'],
  ])('%s holds the rows of %s, and no formula', async (path, sheet, csv) => {
    const { rows, formulas } = await readSheet(join(data, path), sheet);
    const csvRows = resource(csv).csvRows!;
    expect(rows).toHaveLength(csvRows.length);
    expect(formulas).toBe(0);
    if (path !== 'ms-ind.xlsx') expect(rows[0]).toEqual(csvRows[0]);
    // The first column, row by row: the indicator's id (or its name in the MS-Ind form).
    expect(rows.slice(1).map((r) => String(r[0]))).toEqual(csvRows.slice(1).map((r) => r[0]));
  });
});

describe('/data/catalog.jsonld, the DCAT catalogue', () => {
  const DCAT = 'http://www.w3.org/ns/dcat#';
  const DCT = 'http://purl.org/dc/terms/';
  let catalog: Record<string, unknown[]>;
  beforeAll(async () => {
    const expanded = await jsonld.expand(JSON.parse(distFile('data/catalog.jsonld')));
    catalog = expanded.find((n) => (n['@type'] as string[]).includes(`${DCAT}Catalog`)) as Record<string, unknown[]>;
  });
  type Node = Record<string, { '@value'?: string; '@id'?: string }[] & Record<string, unknown>[]>;
  const value = (node: Node, property: string) => node[property]?.[0]?.['@value'] ?? node[property]?.[0]?.['@id'];

  it('is a dcat:Catalog with a publisher, a licence and a modified date', () => {
    expect(catalog).toBeDefined();
    const node = catalog as unknown as Node;
    expect(value(node, `${DCT}title`)).toBe('Katalog Indikator Kinerja DPMPTSPTK Kabupaten Balangan');
    expect(value(node, `${DCT}license`)).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(value(node, `${DCT}modified`)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has the three datasets, each with what CKAN needs, and a distribution per file', () => {
    const datasets = catalog[`${DCAT}dataset`] as Node[];
    expect(datasets.map((d) => value(d, `${DCT}identifier`))).toEqual(['indikator', 'capaian', 'ms-ind']);
    const pkg = JSON.parse(distFile('data/datapackage.json'));
    for (const d of datasets) {
      const publisher = d[`${DCT}publisher`]![0] as unknown as Node;
      // The office's name from content/kantor/kantor.yaml, with the region.
      expect(value(publisher, 'http://xmlns.com/foaf/0.1/name')).toBe(
        'Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, Transmigrasi dan Tenaga Kerja Kabupaten Balangan',
      );
      expect(value(d, `${DCT}license`)).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(value(d, `${DCT}modified`)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d[`${DCAT}keyword`]!.length).toBeGreaterThan(2);
      for (const dist of d[`${DCAT}distribution`] as unknown as Node[]) {
        const url = value(dist, `${DCAT}downloadURL`)!;
        const file = url.split('/data/')[1]!;
        const described = pkg.resources.find((r: { path: string }) => r.path === file);
        expect(described, file).toBeDefined();
        expect(value(dist, `${DCAT}mediaType`)).toBe(`https://www.iana.org/assignments/media-types/${described.mediatype}`);
        expect(Number(value(dist, `${DCAT}byteSize`))).toBe(described.bytes);
        expect(value(dist, `${DCAT}accessURL`)).toBe(url);
      }
    }
    expect(datasets.flatMap((d) => d[`${DCAT}distribution`]!)).toHaveLength(8);
  });
});
