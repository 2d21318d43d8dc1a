// Spotting glossary terms: abbreviations by their exact letters, other terms and expansions in any case.
import { describe, expect, it } from 'vitest';
import { firstMatch, termsIn, type GlossaryTerm } from '../../../src/catalogue/glossary';

const BPU: GlossaryTerm = { id: 'bpu', istilah: 'BPU', kepanjangan: 'Bukan Penerima Upah' };
const BKPM: GlossaryTerm = { id: 'bkpm', istilah: 'BKPM', kepanjangan: 'Badan Koordinasi Penanaman Modal' };
const EODB: GlossaryTerm = { id: 'eodb', istilah: 'EoDB', kepanjangan: 'Ease of Doing Business' };
const ANGKATAN_KERJA: GlossaryTerm = { id: 'angkatan-kerja', istilah: 'Angkatan Kerja' };

// Lampiran I NO 4, column 4, as the decree writes it.
const IKU_4 = 'Jumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%';

describe('firstMatch', () => {
  it('finds an abbreviation by its exact letters, as a whole word', () => {
    // "BPU" stands once, in "(PU atau BPU)": "(PU atau " is 9 characters.
    expect(firstMatch(IKU_4, BPU)).toEqual({ term: BPU, index: IKU_4.indexOf('(PU atau') + 9, length: 3 });
  });

  it('does not take an abbreviation written in another case', () => {
    expect(firstMatch('peserta bpu dan pu', BPU)).toBeUndefined();
    expect(firstMatch('Kementerian Investasi / Bkpm', BKPM)).toBeUndefined();
    expect(firstMatch('Indeks Kemudahan Berinvestasi (eodb)', EODB)).toBeUndefined();
  });

  it('keeps a mixed-case abbreviation exact', () => {
    const text = 'Indeks Kemudahan Berinvestasi (EoDB)';
    expect(firstMatch(text, EODB)).toMatchObject({ index: text.indexOf('EoDB'), length: 4 });
  });

  it('does not find an abbreviation inside another word', () => {
    expect(firstMatch('SUBPUNIT', BPU)).toBeUndefined();
    expect(firstMatch('BKPMD', BKPM)).toBeUndefined();
  });

  it('finds an expansion in any case', () => {
    const text = 'peserta bukan penerima upah';
    expect(firstMatch(text, BPU)).toMatchObject({ index: 8, length: 'Bukan Penerima Upah'.length });
  });

  it('finds a term of several words in any case', () => {
    // Lampiran I NO 2: "Penduduk yang Bekerja/Angkatan Kerja x 100 %".
    expect(firstMatch('Penduduk yang Bekerja/Angkatan Kerja x 100 %', ANGKATAN_KERJA)).toMatchObject({ index: 22, length: 14 });
    expect(firstMatch('jumlah angkatan kerja', ANGKATAN_KERJA)).toMatchObject({ index: 7, length: 14 });
  });

  it('takes whichever form comes first: the expansion before a later abbreviation', () => {
    const text = 'Bukan Penerima Upah (BPU)';
    expect(firstMatch(text, BPU)).toMatchObject({ index: 0, length: 19 });
    expect(firstMatch('BPU atau Bukan Penerima Upah', BPU)).toMatchObject({ index: 0, length: 3 });
  });

  it('answers the same on a second call (patterns are reused, not left mid-search)', () => {
    expect(firstMatch(IKU_4, BPU)).toEqual(firstMatch(IKU_4, BPU));
  });
});

describe('termsIn', () => {
  it('lists the terms in the order of their first use', () => {
    const text = 'Nilai dari Kementerian Investasi / BKPM untuk EoDB; lihat juga bukan penerima upah';
    expect(termsIn(text, [BPU, EODB, BKPM, ANGKATAN_KERJA]).map((t) => t.id)).toEqual(['bkpm', 'eodb', 'bpu']);
  });
});
