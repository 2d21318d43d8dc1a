/**
 * The staff worksheet (`/lembar-kerja/`): every indicator's figures for a year and a period, typed
 * with the calculators' own inputs, kept in this browser field by field, exported as the year's
 * `content/capaian/<tahun>.csv`, imported from such a file after a review, and printed as the
 * period's Tabel Pengukuran Kinerja. This island puts the parts together: the selection in the
 * address, the year's entries in storage, the file actions and going to an indicator, each a hook
 * of its own (`use-*.ts`); the notices' words (`notices.ts`); and the controls, status, review, list
 * and printed table, each a component of its own.
 */
import { useMemo, useState } from 'preact/hooks';
import { entryKey } from '../../domain/worksheet/keys';
import { EntryList } from './EntryList';
import { ImportReview } from './ImportReview';
import { type Notice, checkNotice } from './notices';
import { PrintTable } from './PrintTable';
import { SelectionControls } from './SelectionControls';
import { StatusArea } from './StatusArea';
import type { WorksheetProps } from './types';
import { unitGroups } from './unit-groups';
import { useFileActions } from './use-file-actions';
import { useGoToIndicator } from './use-go-to-indicator';
import { useSelectionInUrl } from './use-selection-in-url';
import { type EntryUpdate, useWorksheetStore } from './use-worksheet-store';
import { WorksheetActions } from './WorksheetActions';
import './worksheet.css';

export function Worksheet(props: WorksheetProps) {
  const { indicators, units, years, words, formWords, notes, fields } = props;
  const byId = useMemo(() => new Map(indicators.map((indicator) => [indicator.id, indicator])), [indicators]);
  const { selection, choose, indikator } = useSelectionInUrl(props);
  const { tahun, periode, unit } = selection;
  const store = useWorksheetStore(tahun);
  const { entries } = store;
  useGoToIndicator(indikator, entries !== undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // How many times every entry was checked: from the first check on, every entry shows its errors.
  const [sent, setSent] = useState(0);
  const showErrors = () => setSent((n) => n + 1);
  const shown = { tahun, periode, indicators: byId };
  const files = useFileActions({ indicators, shown, store, notify: setNotice, showErrors });

  const check = () => {
    showErrors();
    setNotice(checkNotice(store.current(), shown));
  };
  const onChange = (id: string, update: EntryUpdate) => store.update(periode, id, update);
  const groups = unitGroups(units, indicators, unit);
  // The printed table is redrawn only when what it shows changes.
  const printVersion = useMemo(() => ({}), [entries, periode, unit]);

  return (
    <div class="calc ws">
      <SelectionControls selection={selection} years={years} units={units} choose={choose} />
      <WorksheetActions tahun={tahun} ready={entries !== undefined} onCheck={check} onExport={files.exportYear} onImport={files.importFile} />
      <StatusArea storageProblem={store.problem} notice={notice} />
      {files.pending && (
        <ImportReview
          fileName={files.pending.fileName}
          tahun={files.pending.tahun}
          changes={files.pending.changes}
          indicators={byId}
          onMerge={files.merge}
          onCancel={files.cancel}
        />
      )}
      {entries ? (
        <EntryList groups={groups} tahun={tahun} periode={periode} entries={entries} sent={sent} onChange={onChange} words={words} formWords={formWords} notes={notes} fields={fields} />
      ) : (
        <p class="ws-loading">Memuat isian yang tersimpan di peramban ini…</p>
      )}
      {entries && <PrintTable groups={groups} tahun={tahun} periode={periode} entryOf={(id) => entries.get(entryKey(periode, id))} version={printVersion} />}
    </div>
  );
}
