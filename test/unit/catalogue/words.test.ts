// Indonesian lists, as PUEBI writes them: "a dan b", "a, b, dan c".
import { describe, expect, it } from 'vitest';
import { listPieces, listWords } from '../../../src/catalogue/words';

describe('listWords', () => {
  it('joins with "dan", and a comma before it from three items on', () => {
    expect(listWords(['bidang'])).toBe('bidang');
    expect(listWords(['sekretariat', 'bidang'])).toBe('sekretariat dan bidang');
    expect(listWords(['sekretariat', 'bidang', 'sub bagian'])).toBe('sekretariat, bidang, dan sub bagian');
  });
});

describe('listPieces', () => {
  it('gives the items with the words between them', () => {
    expect(listPieces([1, 2, 3])).toEqual([{ item: 1 }, { between: ', ' }, { item: 2 }, { between: ', dan ' }, { item: 3 }]);
    expect(listPieces([])).toEqual([]);
  });
});
