/**
 * The text of the content files for imported entries, in the catalogue's own format: an indicator's
 * frontmatter in the schema's field order, then its body; a unit's YAML. Pure: writing is the
 * command's job (scripts/impor.ts).
 */
import { Document, Scalar, isScalar, visit } from 'yaml';
import type { IndicatorDraft, UnitDraft } from './drafts.ts';

/** YAML as the catalogue writes it: 100 columns, notes' text folded (`teks: >-`). */
function yamlText(data: object): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'teks' && isScalar(pair.value)) pair.value.type = Scalar.BLOCK_FOLDED;
      // Quoted, so that the content loader reads a date as the text the schema expects.
      if (isScalar(pair.key) && pair.key.value === 'tanggal' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 100, indentSeq: true });
}

/** content/indikator/<slug>.mdx */
export function indicatorFile(draft: IndicatorDraft): string {
  const frontmatter = `---\n${yamlText(draft.data)}---\n`;
  return draft.body ? `${frontmatter}\n${draft.body}\n` : frontmatter;
}

/** content/unit/<slug>.yaml */
export function unitFile(unit: UnitDraft): string {
  return yamlText(unit.data);
}

/** content/keputusan/<id>.yaml: a decree record the importer drafted. */
export function decreeFile(record: object): string {
  return `# Draf dari npm run impor: salin kata-kata keputusan ke setiap bagian bertanda [ISI: ...].\n${yamlText(record)}`;
}
