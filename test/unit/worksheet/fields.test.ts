// The worksheet's free-text fields take their label and hint from the guidance parts, and are named
// as their column when the office supplies none.
import { describe, expect, it } from 'vitest';
import { fieldWords } from '../../../src/catalogue/worksheet-fields';

describe('the words of the fields sumber and catatan', () => {
  it('are the part\'s judul and text', () => {
    const part = { data: { judul: 'Sumber angka' }, body: '\nDokumen asal angka, misalnya LKjIP atau rekap triwulan.\n' };
    expect(fieldWords('sumber', part)).toEqual({ label: 'Sumber angka', hint: 'Dokumen asal angka, misalnya LKjIP atau rekap triwulan.' });
  });

  it('give no hint where the part has no text', () => {
    expect(fieldWords('catatan', { data: { judul: 'Catatan' }, body: '' })).toEqual({ label: 'Catatan', hint: '' });
  });

  it('name the field as its column where the part is missing', () => {
    expect(fieldWords('sumber', undefined)).toEqual({ label: 'Sumber', hint: '' });
    expect(fieldWords('catatan', { data: {} })).toEqual({ label: 'Catatan', hint: '' });
  });
});
