/**
 * The components the start page's guidance (`content/panduan/mulai/`) may use, by the names the
 * text writes: each puts a fact of the catalogue into the office's words.
 */
import UnitOverview from './UnitOverview.astro';
import IkuCards from './IkuCards.astro';
import DecreeConsideration from './DecreeConsideration.astro';
import TermList from './TermList.astro';
import TermDefinition from './TermDefinition.astro';
import PolaritySpread from './PolaritySpread.astro';
import WorkedAchievements from './WorkedAchievements.astro';
import ExampleIndicator from './ExampleIndicator.astro';
import ExampleDataSource from './ExampleDataSource.astro';
import IkUnitKinds from './IkUnitKinds.astro';
import CommonAbbreviations from './CommonAbbreviations.astro';

export const startComponents = {
  DaftarUnit: UnitOverview,
  KartuIku: IkuCards,
  Menimbang: DecreeConsideration,
  DaftarArti: TermList,
  Arti: TermDefinition,
  SebaranPolaritas: PolaritySpread,
  ContohCapaian: WorkedAchievements,
  ContohIndikator: ExampleIndicator,
  SumberDataContoh: ExampleDataSource,
  JenisUnitIk: IkUnitKinds,
  ContohIstilah: CommonAbbreviations,
};
