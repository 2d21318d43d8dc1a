/**
 * The calculator of any indicator, whatever its formula kind, with the notes the page would give
 * as slots. Indicator pages render their kind's own island instead (`CalculatorIsland.astro`), so
 * that a page's script carries only its formula; this is for server rendering in tests.
 */
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { CAPAIAN_SOURCE_NOTE, capaianFormulaNote, targetHint } from './capaian-notes';
import { viewOf } from './views';
import { FORM_WORDS, wordsOf } from './words';

export function Calculator(props: Omit<CalculatorProps, 'words' | 'formWords'>) {
  return (
    <CalculatorForm
      view={viewOf(props.rumus)}
      words={wordsOf(props.rumus)}
      formWords={FORM_WORDS}
      targetHint={targetHint(props.polaritas)}
      capaianRumus={<span class="calc-note">{capaianFormulaNote(props.polaritas)}</span>}
      capaianSumber={<span class="calc-source">{CAPAIAN_SOURCE_NOTE}</span>}
      {...props}
    />
  );
}
