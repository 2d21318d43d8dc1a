// The guidance files (content/panduan/): each must be a part some page reads, a step of the start
// page needs its heading and a position of its own, and a quoted figure must exist. Every problem
// names the file, and the line for a figure.
import { describe, expect, it } from 'vitest';
import { guideProblems, type GuideFile } from '../../../src/catalogue/guide-parts';

function file(id: string, data: GuideFile['data'] = {}, body = 'Teks.'): GuideFile {
  return { id, filePath: `content/panduan/${id}.mdx`, text: `---\njudul: x\n---\n${body}\n`, data };
}

describe('guideProblems', () => {
  it('accepts the fixed parts and numbered steps', () => {
    expect(
      guideProblems([
        file('mulai/pengantar'),
        file('mulai/kantor', { judul: 'Kenali kantor', urutan: 1 }),
        file('mulai/iku', { judul: 'Pahami IKU', urutan: 2 }, 'Ada <Angka nama="iku" /> IKU.'),
        file('pohon-kinerja/penjelasan', { judul: 'Yang tertulis' }),
        file('manual/cara-mencetak'),
        file('unit/pengantar'),
      ]),
    ).toEqual([]);
  });

  it('rejects a file no page reads, naming it', () => {
    expect(guideProblems([file('beranda/pengantar')])).toEqual([
      'content/panduan/beranda/pengantar.mdx: no page reads this file (pages: mulai, pohon-kinerja, manual, unit, lembar-kerja, capaian, keputusan, indikator; one folder each)',
    ]);
    expect(guideProblems([file('pengantar')])[0]).toMatch(/^content\/panduan\/pengantar\.mdx: no page reads this file/);
    expect(guideProblems([file('pohon-kinerja/legenda')])).toEqual([
      'content/panduan/pohon-kinerja/legenda.mdx: the page "pohon-kinerja" reads only pengantar.mdx, penjelasan.mdx, cara-mencetak.mdx',
    ]);
  });

  it('wants a heading and a position of its own for every step', () => {
    expect(guideProblems([file('mulai/kantor')])).toEqual([
      'content/panduan/mulai/kantor.mdx: a step needs "judul", its heading',
      'content/panduan/mulai/kantor.mdx: a step needs "urutan", its position',
    ]);
    expect(
      guideProblems([file('mulai/kantor', { judul: 'A', urutan: 1 }), file('mulai/iku', { judul: 'B', urutan: 1 })]),
    ).toEqual(['content/panduan/mulai/iku.mdx: "urutan: 1" is also the position of content/panduan/mulai/kantor.mdx']);
  });

  it('rejects "next" links outside a step, where no page shows them', () => {
    expect(guideProblems([file('unit/pengantar', { lanjut: [{ teks: 'Pohon', ke: 'pohon-kinerja/' }] })])).toEqual([
      'content/panduan/unit/pengantar.mdx: "lanjut" links are shown only after a step of mulai/',
    ]);
  });

  it('rejects an unknown figure with its line in the file', () => {
    // Line 4: three lines of frontmatter, then the text.
    const [problem] = guideProblems([file('unit/pengantar', {}, 'Ada <Angka nama="kantor" /> kantor.')]);
    expect(problem).toMatch(/^content\/panduan\/unit\/pengantar\.mdx:4: <Angka nama="kantor" \/> names no figure \(known: indikator, iku, /);
  });
});
