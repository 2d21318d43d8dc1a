/** The period's entries on screen: one section per unit, one form per indicator (`WorksheetItem`). */
import type { Periode } from '../../domain/measurement/record';
import { EMPTY_ENTRY } from '../../domain/worksheet/entry';
import { entryKey } from '../../domain/worksheet/keys';
import type { WorksheetProps } from './types';
import type { UnitGroup } from './unit-groups';
import type { Entries, EntryUpdate } from './use-worksheet-store';
import { WorksheetItem } from './WorksheetItem';

interface Props extends Pick<WorksheetProps, 'words' | 'formWords' | 'notes' | 'fields'> {
  groups: readonly UnitGroup[];
  tahun: number;
  periode: Periode;
  entries: Entries;
  /** How many times every entry was checked (see `WorksheetItem`). */
  sent: number;
  onChange(indikator: string, update: EntryUpdate): void;
}

export function EntryList({ groups, tahun, periode, entries, sent, onChange, words, formWords, notes, fields }: Props) {
  return (
    <div class="ws-list no-print">
      {groups.map(({ unit, indicators }) => (
        <section key={unit.id} aria-labelledby={`unit-${unit.id}`}>
          <h2 id={`unit-${unit.id}`}>{unit.nama}</h2>
          {indicators.map((indicator) => (
            <WorksheetItem
              key={`${tahun} ${entryKey(periode, indicator.id)}`}
              indicator={indicator}
              entry={entries.get(entryKey(periode, indicator.id)) ?? EMPTY_ENTRY}
              words={words}
              formWords={formWords}
              notes={notes}
              fields={fields}
              sent={sent}
              onChange={onChange}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
