/**
 * Which guidance parts each page reads (`content/panduan/<page>/<part>.mdx`), and the check that
 * every guidance file is one of them and quotes only figures that exist. Pure, so it is tested
 * without Astro.
 */
import { FIGURE_NAMES, isFigureName } from './figures';

/** The fixed parts each page reads; the start page's other files are its steps. */
export const GUIDE_PARTS = {
  mulai: ['pengantar'],
  'pohon-kinerja': ['pengantar', 'penjelasan', 'cara-mencetak'],
  manual: ['catatan-sampul', 'cara-mencetak'],
  unit: ['pengantar'],
  'lembar-kerja': ['pengantar', 'sumber', 'catatan'],
  capaian: ['ringkasan'],
  keputusan: ['semua-keputusan'],
  indikator: ['tidak-berlaku-lagi'],
} as const;

export type GuidePage = keyof typeof GUIDE_PARTS;
export type GuidePart<P extends GuidePage> = (typeof GUIDE_PARTS)[P][number];

/** The page whose files, beyond its fixed parts, are numbered steps. */
export const STEP_PAGE: GuidePage = 'mulai';

export interface GuideFile {
  /** "mulai/kantor": the path under content/panduan/ without ".mdx". */
  id: string;
  /** The file as the build names it in messages. */
  filePath: string;
  /** The file's whole text, frontmatter included, so that problems carry its line numbers. */
  text: string;
  data: { judul?: string | undefined; urutan?: number | undefined; lanjut?: readonly unknown[] | undefined };
}

/** What is wrong with a set of guide files, one message per problem (empty when all is well). */
export function guideProblems(files: readonly GuideFile[]): string[] {
  const problems: string[] = [];
  const positions = new Map<number, string>();
  for (const { id, filePath, text, data } of files) {
    for (const match of text.matchAll(/<Angka\s+nama="([^"]*)"/g)) {
      if (isFigureName(match[1]!)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      problems.push(`${filePath}:${line}: <Angka nama="${match[1]}" /> names no figure (known: ${FIGURE_NAMES.join(', ')})`);
    }
    const [page, part, ...rest] = id.split('/');
    if (!page || !part || rest.length > 0 || !(page in GUIDE_PARTS)) {
      problems.push(`${filePath}: no page reads this file (pages: ${Object.keys(GUIDE_PARTS).join(', ')}; one folder each)`);
      continue;
    }
    const fixed: readonly string[] = GUIDE_PARTS[page as GuidePage];
    if (fixed.includes(part)) {
      // Only a step shows "next" links; anywhere else they would be silently dropped.
      if ((data.lanjut?.length ?? 0) > 0) problems.push(`${filePath}: "lanjut" links are shown only after a step of ${STEP_PAGE}/`);
      continue;
    }
    if (page !== STEP_PAGE) {
      problems.push(`${filePath}: the page "${page}" reads only ${fixed.map((p) => `${p}.mdx`).join(', ')}`);
      continue;
    }
    if (data.judul === undefined) problems.push(`${filePath}: a step needs "judul", its heading`);
    if (data.urutan === undefined) problems.push(`${filePath}: a step needs "urutan", its position`);
    else if (positions.has(data.urutan)) {
      problems.push(`${filePath}: "urutan: ${data.urutan}" is also the position of ${positions.get(data.urutan)}`);
    } else positions.set(data.urutan, filePath);
  }
  return problems;
}
