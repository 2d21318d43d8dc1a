/**
 * The calculator of any indicator, whatever its formula kind, with the notes the page would give.
 * Indicator pages render their kind's own island instead (`CalculatorIsland.astro`), so that a
 * page's script carries only its formula; this is for server rendering in tests.
 */
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { achievementNotes } from './achievement-notes';
import { viewOf } from './views';
import { FORM_WORDS, wordsOf } from './words';

export function Calculator(props: Omit<CalculatorProps, 'words' | 'formWords' | 'notes'>) {
  return <CalculatorForm view={viewOf(props.rumus)} words={wordsOf(props.rumus)} formWords={FORM_WORDS} notes={achievementNotes(props.polaritas)} {...props} />;
}
