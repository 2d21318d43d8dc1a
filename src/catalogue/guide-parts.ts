/**
 * Which guidance parts each page reads (`content/panduan/<page>/<part>.mdx`), and the check that
 * every guidance file is one of them. Pure, so it is tested without Astro.
 */
import { contentDir } from './content-dir';

/** The fixed parts each page reads; the start page's other files are its steps. */
export const GUIDE_PARTS = {
  mulai: ['pengantar'],
  'pohon-kinerja': ['pengantar', 'penjelasan', 'cara-mencetak'],
  manual: ['catatan-sampul', 'cara-mencetak'],
  unit: ['pengantar'],
} as const;

export type GuidePage = keyof typeof GUIDE_PARTS;
export type GuidePart<P extends GuidePage> = (typeof GUIDE_PARTS)[P][number];

/** The page whose files, beyond its fixed parts, are numbered steps. */
export const STEP_PAGE: GuidePage = 'mulai';

interface GuideFile {
  id: string;
  data: { judul?: string | undefined; urutan?: number | undefined };
}

/** What is wrong with a set of guide files, one message per problem (empty when all is well). */
export function guideProblems(entries: readonly GuideFile[]): string[] {
  const problems: string[] = [];
  const file = (id: string) => `${contentDir}/panduan/${id}.mdx`;
  const positions = new Map<number, string>();
  for (const { id, data } of entries) {
    const [page, part, ...rest] = id.split('/');
    if (!page || !part || rest.length > 0 || !(page in GUIDE_PARTS)) {
      problems.push(`${file(id)}: no page reads this file (pages: ${Object.keys(GUIDE_PARTS).join(', ')}; one folder each)`);
      continue;
    }
    const fixed: readonly string[] = GUIDE_PARTS[page as GuidePage];
    if (fixed.includes(part)) continue;
    if (page !== STEP_PAGE) {
      problems.push(`${file(id)}: the page "${page}" reads only ${fixed.map((p) => `${p}.mdx`).join(', ')}`);
      continue;
    }
    if (data.judul === undefined) problems.push(`${file(id)}: a step needs "judul", its heading`);
    if (data.urutan === undefined) problems.push(`${file(id)}: a step needs "urutan", its position`);
    else if (positions.has(data.urutan)) {
      problems.push(`${file(id)}: "urutan: ${data.urutan}" is also the position of ${file(positions.get(data.urutan)!)}`);
    } else positions.set(data.urutan, id);
  }
  return problems;
}
