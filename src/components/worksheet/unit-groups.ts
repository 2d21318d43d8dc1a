/** The indicators shown, by responsible unit: every unit's, or one unit's only. */
import type { SheetIndicator, SheetUnit } from './types';

export interface UnitGroup {
  unit: SheetUnit;
  indicators: SheetIndicator[];
}

/** Units in the given order, each with its indicators; a unit without any is left out. `only` is a unit's id, or '' for all. */
export function unitGroups(units: readonly SheetUnit[], indicators: readonly SheetIndicator[], only: string): UnitGroup[] {
  return units.flatMap((unit) => {
    if (only && only !== unit.id) return [];
    const own = indicators.filter((indicator) => indicator.unit === unit.id);
    return own.length > 0 ? [{ unit, indicators: own }] : [];
  });
}
