// The Markdown pipeline reads the glossary with the collection's schema.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGlossaryTerms } from '../../../src/markdown/glossary-terms';

const dir = mkdtempSync(join(tmpdir(), 'istilah-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readGlossaryTerms', () => {
  it('reads each term and its expansion, and leaves out a file the schema refuses', () => {
    writeFileSync(join(dir, 'bpu.yaml'), 'istilah: BPU\nkepanjangan: Bukan Penerima Upah\narti: Pekerja mandiri.\n');
    writeFileSync(join(dir, 'angkatan-kerja.yaml'), 'istilah: "  Angkatan Kerja "\narti: Penduduk usia kerja yang bekerja atau mencari kerja.\n');
    writeFileSync(join(dir, 'tanpa-arti.yaml'), 'istilah: LKPM\n');
    expect(readGlossaryTerms(dir).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'angkatan-kerja', istilah: 'Angkatan Kerja', kepanjangan: undefined },
      { id: 'bpu', istilah: 'BPU', kepanjangan: 'Bukan Penerima Upah' },
    ]);
  });

  it('gives no terms when the folder is missing', () => {
    expect(readGlossaryTerms(join(dir, 'tidak-ada'))).toEqual([]);
  });
});
