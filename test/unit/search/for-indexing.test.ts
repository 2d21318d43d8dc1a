// What Pagefind reads of a page: a term and its description become paragraphs, so their words
// are not run together (Pagefind/pagefind#736); nothing else changes.
import { describe, expect, it } from 'vitest';
import { forIndexing } from '../../../src/integrations/pagefind';

describe('forIndexing', () => {
  it('reads a definition list as paragraphs', () => {
    expect(forIndexing('<dl class="facts"><dt>Satuan</dt><dd data-pagefind-filter="satuan">Persen</dd></dl>')).toBe(
      '<dl class="facts"><p>Satuan</p><p data-pagefind-filter="satuan">Persen</p></dl>',
    );
  });

  it('leaves other elements alone', () => {
    const html = '<details><summary>Saring</summary><div data-x="dd"><p>dt dd</p></div></details>';
    expect(forIndexing(html)).toBe(html);
  });
});
