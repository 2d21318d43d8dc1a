// Reading the decree table saved from Excel: header names in any case, `;` cells, BOM, line numbers.
import { describe, expect, it } from 'vitest';
import { decodeTable, readTable } from '../../../src/importer/table';

const HEADER = 'LAMPIRAN;TABEL;NO;SASARAN;INDIKATOR KINERJA;MAKNA, ALASAN PEMILIHAN, PERHITUNGAN ATAU PENJELASAN;PENANGGUNG JAWAB;SUMBER DATA';

describe('readTable', () => {
  it('reads the header case-insensitively, in any column order, and skips empty rows', () => {
    const text = `\uFEFFno;Lampiran;tabel;sasaran;Indikator Kinerja;makna, alasan pemilihan, perhitungan atau penjelasan;Penanggung  Jawab;sumber data\r\n1;I;1;S;X;;Kepala SKPD;\r\n;;;;;;;\r\n`;
    const table = readTable(text);
    expect(table.problems).toEqual([]);
    expect(table.rows).toEqual([
      {
        line: 2,
        cells: { lampiran: 'I', tabel: '1', nomor: '1', sasaran: 'S', indikator: 'X', penjelasan: '', penanggungJawab: 'Kepala SKPD', sumberData: '' },
      },
    ]);
  });

  it('keeps line breaks inside a cell and counts lines from where each row starts', () => {
    const text = `${HEADER}\nI;1;1;S;X;"Makna\nJumlah A / Jumlah B x 100%";Kepala SKPD;BPS\nI;1;2;S;Y;;Kepala SKPD;BPS\n`;
    const { rows } = readTable(text);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.cells.penjelasan).toBe('Makna\nJumlah A / Jumlah B x 100%');
  });

  it('names the missing columns', () => {
    const { rows, problems } = readTable('LAMPIRAN;TABEL;NO;SASARAN;INDIKATOR;PENANGGUNG JAWAB\n');
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
    expect(problems[0]!.message).toMatch(/"INDIKATOR KINERJA", "MAKNA, ALASAN PEMILIHAN, PERHITUNGAN ATAU PENJELASAN", "SUMBER DATA"/);
  });

  it('reports an empty file', () => {
    expect(readTable('').problems[0]!.message).toMatch(/kosong/);
  });
});

describe('decodeTable', () => {
  it('reads UTF-8 and drops the byte-order mark', () => {
    expect(decodeTable(new TextEncoder().encode('\uFEFFNO;Pengelolaan'))).toBe('NO;Pengelolaan');
  });

  it('refuses a file saved as ANSI (Windows-1252), telling how to save it', () => {
    // "Sumber" followed by 0xE9 ("é" in Windows-1252) is not valid UTF-8.
    const problem = decodeTable(Uint8Array.from([0x53, 0x75, 0x6d, 0x62, 0x65, 0x72, 0xe9]));
    // On line 1, the file's only line.
    expect(problem).toMatchObject({ line: 1, message: expect.stringMatching(/CSV UTF-8/) });
  });
});
