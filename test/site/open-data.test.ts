// The open data: JSON, CSV and the Data Package, all with the documented fields and 48 records.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS } from '../../src/catalogue/open-data';
import { builtRecords } from '../support/records';
import { distFile } from '../support/dist';

const FIELDS = OPEN_DATA_FIELDS.map((f) => f.name);
const records = builtRecords();

describe('/data/indikator.json', () => {
  it('has 48 records with exactly the documented fields', () => {
    expect(records).toHaveLength(48);
    for (const r of records) expect(Object.keys(r)).toEqual(FIELDS);
  });

  it('names fields as the issue documents them', () => {
    for (const name of ['id', 'url', 'tingkat', 'lampiran', 'tabel', 'nomor', 'sasaran', 'indikator', 'penjelasan', 'rumus_keputusan', 'rumus_latex', 'satuan', 'polaritas', 'penanggung_jawab', 'sumber_data', 'catatan']) {
      expect(FIELDS).toContain(name);
    }
  });

  it('gives each record the path of its page', () => {
    expect(records.find((r) => r.indikator === 'Nilai Realisasi Investasi')?.url).toBe('/indikator/nilai-realisasi-investasi/');
    for (const r of records) expect(r.url).toBe(`/indikator/${r.id}/`);
  });

  it('has one file per indicator equal to its record, with its versions', () => {
    // The real content publishes no figures yet, so every file's capaian list is empty; it holds one
    // decree, so every indicator has one version, that decree's, with the record's own fields.
    for (const r of records) {
      const { id: _id, url: _url, keputusan: _keputusan, berlaku: _berlaku, ...fields } = r;
      const versi = [{ keputusan: '188.46/069/SK/DPMPSTPTTK/2023', tanggal: '2023-09-01', periode: { awal: 2021, akhir: 2026 }, ...fields }];
      expect(JSON.parse(distFile(`data/indikator/${r.id}.json`))).toEqual({ ...r, versi, capaian: [] });
    }
  });

  it('says of each record that the decree in force sets it', () => {
    for (const r of records) expect([r.keputusan, r.berlaku]).toEqual([['188.46/069/SK/DPMPSTPTTK/2023'], true]);
  });
});

describe('/data/indikator.csv', () => {
  const text = distFile('data/indikator.csv');
  // Read back with csv-parse, not with the project's own code, so that a mistake shared by a writer
  // and a reader cannot pass. It refuses rows of uneven width and stray quotes.
  const rows: string[][] = parse(text, { record_delimiter: '\r\n' });

  it('has no byte-order mark: a file for machines (Excel users get indikator.xlsx)', () => {
    expect(text.charCodeAt(0)).toBe('i'.charCodeAt(0));
  });

  it('has a header of the documented fields and 48 rows of that width', () => {
    expect(rows[0]).toEqual(FIELDS);
    expect(rows).toHaveLength(49);
    for (const row of rows) expect(row).toHaveLength(FIELDS.length);
  });

  it('holds the same values as the JSON, notes one per line', () => {
    rows.slice(1).forEach((row, i) => {
      const r = records[i]!;
      expect(row[FIELDS.indexOf('indikator')]).toBe(r.indikator);
      expect(row[FIELDS.indexOf('rumus_latex')]).toBe(r.rumus_latex);
      expect(row[FIELDS.indexOf('catatan')]).toBe(r.catatan.join('\n'));
      expect(row[FIELDS.indexOf('sumber_data')]).toBe(r.sumber_data ?? '');
    });
  });
});

describe('/data/datapackage.json', () => {
  const pkg = JSON.parse(distFile('data/datapackage.json'));
  it('describes indikator.csv with its fields, in order', () => {
    expect(pkg.profile).toBe('data-package');
    const resource = pkg.resources[0];
    expect(resource.path).toBe('indikator.csv');
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(FIELDS);
    expect(resource.schema.primaryKey).toBe('id');
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
  });
});
