/**
 * The staff worksheet (`/lembar-kerja/`): every indicator's figures for a year and a period, typed
 * with the calculators' own inputs, kept in this browser field by field, exported as the year's
 * `content/capaian/<tahun>.csv`, imported from such a file after a review, and printed as the
 * period's Tabel Pengukuran Kinerja. The entries of the chosen year live here; each indicator's
 * form (`WorksheetItem`) shows and edits its own.
 */
import { loadIkmComputation } from '../calculator/kinds/ikm';
import { loadSumComputation } from '../calculator/kinds/sum';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PERIODE_LABEL, PERIODS, type Periode } from '../../domain/measurement/record';
import { EMPTY_ENTRY, type FieldChanges, type WorksheetEntry, applyChanges, entryFromFields, fieldChanges } from '../../domain/worksheet/entry';
import { entryFigures } from '../../domain/worksheet/figures';
import { entryKey } from '../../domain/worksheet/keys';
import type { ImportChange } from '../../domain/worksheet/merge';
import { type FieldWrite, type WorksheetStore, askPersistence, downloadText, openWorksheetStore } from '../../worksheet/store';
import { ImportReview } from './ImportReview';
import { PrintTable } from './PrintTable';
import type { WorksheetProps } from './types';
import { type EntryUpdate, WorksheetItem } from './WorksheetItem';
import './worksheet.css';

type Entries = ReadonlyMap<string, WorksheetEntry>;

interface Selection {
  tahun: number;
  periode: Periode;
  /** A unit's id, or '' for every unit. */
  unit: string;
}

/** A message in the status area: what happened, and links to the entries to fix. */
interface Notice {
  kind: 'info' | 'masalah';
  text: string;
  items?: { href: string; text: string }[];
}

type Pending = { fileName: string; tahun: number; changes: ImportChange[] };

const STORAGE_UNAVAILABLE =
  'Penyimpanan peramban tidak tersedia (misalnya jendela pribadi, atau ruang penyimpanan penuh): isian Anda tetap dihitung, tetapi hilang bila halaman ditutup. Ekspor berkas CSV sebelum menutup halaman.';

function selectionFromUrl({ years, defaultYear, units }: WorksheetProps): Selection & { indikator?: string | undefined } {
  const params = new URLSearchParams(location.search);
  const tahun = Number(params.get('tahun'));
  const periode = params.get('periode') as Periode;
  const unit = params.get('unit') ?? '';
  return {
    tahun: years.includes(tahun) ? tahun : years.includes(new Date().getFullYear()) ? new Date().getFullYear() : defaultYear,
    periode: PERIODS.includes(periode) ? periode : 'TAHUN',
    unit: units.some((u) => u.id === unit) ? unit : '',
    indikator: params.get('indikator') ?? undefined,
  };
}

export function Worksheet(props: WorksheetProps) {
  const { indicators, units, years, defaultYear, words, formWords, notes } = props;
  const [selection, setSelection] = useState<Selection>({ tahun: defaultYear, periode: 'TAHUN', unit: '' });
  const [entries, setEntries] = useState<Entries | undefined>(undefined);
  const entriesRef = useRef<Entries>(new Map());
  const [storageProblem, setStorageProblem] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [sent, setSent] = useState(0);
  const store = useRef<WorksheetStore | undefined>(undefined);
  const preselected = useRef<string | undefined>(undefined);
  const { tahun, periode } = selection;
  const byId = useMemo(() => new Map(indicators.map((indicator) => [indicator.id, indicator])), [indicators]);

  const replaceEntries = (next: Entries) => {
    entriesRef.current = next;
    setEntries(next);
  };

  // The address names the selection (and an indicator to go to, from its calculator's link).
  useEffect(() => {
    const { indikator, ...chosen } = selectionFromUrl(props);
    preselected.current = indikator && byId.has(indikator) ? indikator : undefined;
    setSelection(chosen);
    try {
      store.current = openWorksheetStore();
      askPersistence();
    } catch {
      setStorageProblem(STORAGE_UNAVAILABLE);
    }
  }, []);

  // Keep the selection in the address, without adding history entries.
  useEffect(() => {
    if (!entries) return;
    const params = new URLSearchParams(location.search);
    params.set('tahun', String(tahun));
    params.set('periode', periode);
    if (selection.unit) params.set('unit', selection.unit);
    else params.delete('unit');
    history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
  }, [tahun, periode, selection.unit, entries === undefined]);

  // IKM and jumlah compute in modules of their own, loaded on demand (use-computation.tsx). The
  // worksheet evaluates every kind, in every period, for its check, export and print: it shows the
  // entries once those modules are here. A failed load is said beside the fields of those kinds.
  const computations = useMemo(() => Promise.all([loadIkmComputation(), loadSumComputation()]).catch(() => undefined), []);

  // The chosen year's entries, from storage; without storage the worksheet starts empty.
  useEffect(() => {
    let current = true;
    entriesRef.current = new Map();
    setEntries(undefined);
    setPending(undefined);
    const loaded = store.current ? store.current.loadYear(tahun) : Promise.reject(new Error('no storage'));
    Promise.all([loaded, computations])
      .then(([fields]) => new Map([...fields].map(([key, stored]) => [key, entryFromFields(stored)])))
      .catch(() => {
        setStorageProblem(STORAGE_UNAVAILABLE);
        return new Map<string, WorksheetEntry>();
      })
      .then((year) => {
        if (current) replaceEntries(year);
      });
    return () => {
      current = false;
    };
  }, [tahun]);

  // Another tab's writes show here; they are already stored.
  useEffect(
    () =>
      store.current?.onOtherTab((write: FieldWrite) => {
        if (write.tahun !== tahun) return;
        const key = entryKey(write.periode, write.indikator);
        const next = new Map(entriesRef.current);
        next.set(key, applyChanges(next.get(key) ?? EMPTY_ENTRY, write.changes));
        replaceEntries(next);
      }),
    [tahun],
  );

  // Once loaded, go to the indicator the address names (`?indikator=<id>`, the link beside its calculator;
  // a fragment would point at nothing in the page as served, since the list is drawn here).
  useEffect(() => {
    const id = preselected.current;
    if (!entries || !id) return;
    preselected.current = undefined;
    const fieldset = document.getElementById(id);
    fieldset?.scrollIntoView();
    fieldset?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [entries]);

  // What just happened is shown where the person looks: the status (announced too) or the import's review.
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  useEffect(() => {
    if (pending) document.getElementById('impor-tinjau')?.focus();
  }, [pending]);

  const save = (key: string, target: { periode: Periode; indikator: string }, changes: FieldChanges) => {
    if (Object.keys(changes.set).length === 0 && changes.remove.length === 0) return;
    store.current
      ?.write({ tahun, ...target, changes })
      .catch(() => setStorageProblem(`${STORAGE_UNAVAILABLE} (Gagal menyimpan ${key}.)`));
  };

  const onChange = useCallback(
    (indikator: string, update: EntryUpdate) => {
      const key = entryKey(periode, indikator);
      const before = entriesRef.current.get(key) ?? EMPTY_ENTRY;
      const after = update(before);
      const next = new Map(entriesRef.current);
      next.set(key, after);
      replaceEntries(next);
      save(key, { periode, indikator }, fieldChanges(before, after));
    },
    [tahun, periode],
  );

  const entriesByPeriod = () => {
    const map = new Map<Periode, Map<string, WorksheetEntry>>(PERIODS.map((p) => [p, new Map()]));
    for (const [key, entry] of entriesRef.current) {
      const [p, id] = key.split(' ') as [Periode, string];
      map.get(p)?.set(id, entry);
    }
    return map;
  };

  /** Links to the entries to fix: the input itself in this period, else the indicator in its period. */
  const problemItems = (problems: readonly { indikator: string; periode: Periode; name: string; message: string }[]) =>
    problems.map((p) => ({
      href: p.periode !== periode ? `?tahun=${tahun}&periode=${p.periode}#${p.indikator}` : p.name === 'berkas' ? `#${p.indikator}` : `#${p.indikator}-${p.name}`,
      text: `${byId.get(p.indikator)?.nama ?? p.indikator}, ${PERIODE_LABEL[p.periode]}: ${p.message}`,
    }));

  const check = () => {
    setSent((n) => n + 1);
    const problems = [...entriesRef.current].flatMap(([key, entry]) => {
      const [p, id] = key.split(' ') as [Periode, string];
      const indicator = byId.get(id);
      const problem = indicator && entryFigures(indicator, entry).problem;
      return problem ? [{ indikator: id, periode: p, ...problem }] : [];
    });
    setNotice(
      problems.length > 0
        ? { kind: 'masalah', text: `${problems.length} isian tahun ${tahun} perlu diperbaiki.`, items: problemItems(problems) }
        : { kind: 'info', text: `Semua isian tahun ${tahun} terbaca dan dapat diekspor.` },
    );
  };

  /** A file action that fails (the export code could not load) says so instead of failing silently. */
  const reporting = (action: () => Promise<void>) => () =>
    action().catch((error: unknown) => setNotice({ kind: 'masalah', text: `Tidak berhasil: ${String(error)}. Tidak ada yang berubah.` }));

  const exportFile = async () => {
    const { exportYear } = await import('../../worksheet/files');
    const result = exportYear(indicators, entriesByPeriod());
    if (!result.text) {
      setSent((n) => n + 1);
      setNotice({
        kind: 'masalah',
        text: `Berkas ${tahun}.csv belum dibuat: ${result.problems.length} isian perlu diperbaiki dahulu.`,
        items: problemItems(result.problems),
      });
      return;
    }
    downloadText(result.text, `${tahun}.csv`);
    const left = result.withoutFigure.length;
    setNotice({
      kind: 'info',
      text:
        `Berkas ${tahun}.csv dibuat: ${result.rows.length} baris. Simpan ke folder content/capaian/ dan bangun ulang situs untuk menerbitkannya.` +
        (left > 0 ? ` ${left} isian yang hanya berisi sumber atau catatan tanpa angka tidak ikut.` : ''),
    });
  };

  const importFile = async (file: File) => {
    const { readImportFile, formatCsvProblem } = await import('../../worksheet/files');
    const read = await readImportFile(file, tahun, byId, (p, id) => entriesRef.current.get(entryKey(p, id)));
    if (read.ok) {
      setNotice(undefined);
      setPending({ fileName: file.name, tahun: read.tahun, changes: read.changes });
    } else if ('otherYear' in read) {
      setNotice({ kind: 'masalah', text: `Berkas ${file.name} untuk tahun ${read.otherYear}. Pilih tahun ${read.otherYear} dahulu, lalu impor lagi. Tidak ada yang berubah.` });
    } else {
      setNotice({
        kind: 'masalah',
        text: `Berkas ${file.name} tidak dapat dibaca, tidak ada yang berubah. Perbaiki berkasnya (baris dan kolom disebut di bawah), lalu impor lagi.`,
        items: read.problems.map((problem) => ({ href: '', text: formatCsvProblem(problem) })),
      });
    }
  };

  const merge = async (takeFile: ReadonlySet<string>) => {
    if (!pending) return;
    const { importWrites } = await import('../../worksheet/files');
    const { writes, kept } = importWrites(pending.changes, takeFile, byId, (p, id) => entriesRef.current.get(entryKey(p, id)));
    const next = new Map(entriesRef.current);
    for (const write of writes) {
      const key = entryKey(write.periode, write.indikator);
      next.set(key, applyChanges(next.get(key) ?? EMPTY_ENTRY, write.changes));
      save(key, write, write.changes);
    }
    replaceEntries(next);
    setPending(undefined);
    setNotice({
      kind: 'info',
      text:
        `Impor ${pending.fileName} selesai: ${writes.length} isian diperbarui.` +
        (kept > 0 ? ` ${kept} isian yang Anda isi sejak peninjauan tidak ditimpa; impor lagi untuk meninjaunya.` : ''),
    });
  };

  const groups = units.flatMap((unit) => {
    if (selection.unit && selection.unit !== unit.id) return [];
    const own = indicators.filter((indicator) => indicator.unit === unit.id);
    return own.length > 0 ? [{ unit, indicators: own }] : [];
  });
  // The printed table is redrawn only when what it shows changes.
  const printVersion = useMemo(() => ({}), [entries, periode, selection.unit]);
  const choose = (change: Partial<Selection>) => setSelection((current) => ({ ...current, ...change }));

  return (
    <div class="calc ws">
      <form class="ws-controls no-print" aria-label="Pilih tahun, periode dan unit" onSubmit={(event) => event.preventDefault()}>
        <div class="calc-field">
          <label class="calc-label" for="lk-tahun">
            Tahun
          </label>
          <select id="lk-tahun" value={tahun} onChange={(event) => choose({ tahun: Number(event.currentTarget.value) })}>
            {years.map((year) => (
              <option value={year}>{year}</option>
            ))}
          </select>
        </div>
        <div class="calc-field">
          <label class="calc-label" for="lk-periode">
            Periode
          </label>
          <select id="lk-periode" value={periode} onChange={(event) => choose({ periode: event.currentTarget.value as Periode })}>
            {PERIODS.map((p) => (
              <option value={p}>{PERIODE_LABEL[p]}</option>
            ))}
          </select>
        </div>
        <div class="calc-field">
          <label class="calc-label" for="lk-unit">
            Unit kerja
          </label>
          <select id="lk-unit" value={selection.unit} onChange={(event) => choose({ unit: event.currentTarget.value })}>
            <option value="">Semua unit</option>
            {units.map((unit) => (
              <option value={unit.id}>{unit.nama}</option>
            ))}
          </select>
        </div>
      </form>

      <div class="ws-actions no-print">
        <button type="button" class="calc-button" onClick={check} disabled={!entries}>
          Periksa semua isian
        </button>
        <button type="button" class="calc-button calc-button--secondary" onClick={reporting(exportFile)} disabled={!entries}>
          Ekspor {tahun}.csv
        </button>
        <label class="calc-button calc-button--secondary ws-file" for="lk-impor">
          Impor berkas CSV
        </label>
        <input
          id="lk-impor"
          class="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          disabled={!entries}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void reporting(() => importFile(file))();
          }}
        />
        <button type="button" class="calc-button calc-button--secondary" onClick={() => print()}>
          Cetak tabel periode ini
        </button>
      </div>

      <div class="ws-status no-print" role="status" ref={statusRef}>
        {storageProblem && <p class="ws-warning">{storageProblem}</p>}
        {notice && (
          <div class={notice.kind === 'masalah' ? 'ws-warning' : 'ws-info'}>
            <p>{notice.text}</p>
            {notice.items && (
              <ul>
                {notice.items.map((item) => (
                  <li>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {pending && (
        <ImportReview
          fileName={pending.fileName}
          tahun={pending.tahun}
          changes={pending.changes}
          indicators={byId}
          onMerge={(takeFile) => void reporting(() => merge(takeFile))()}
          onCancel={() => {
            setPending(undefined);
            setNotice({ kind: 'info', text: `Impor ${pending.fileName} dibatalkan: tidak ada yang berubah.` });
          }}
        />
      )}

      {entries ? (
        <div class="ws-list no-print">
          {groups.map(({ unit, indicators: own }) => (
            <section key={unit.id} aria-labelledby={`unit-${unit.id}`}>
              <h2 id={`unit-${unit.id}`}>{unit.nama}</h2>
              {own.map((indicator) => (
                <WorksheetItem
                  key={`${tahun} ${entryKey(periode, indicator.id)}`}
                  indicator={indicator}
                  entry={entries.get(entryKey(periode, indicator.id)) ?? EMPTY_ENTRY}
                  words={words}
                  formWords={formWords}
                  notes={notes}
                  sent={sent}
                  onChange={onChange}
                />
              ))}
            </section>
          ))}
        </div>
      ) : (
        <p class="ws-loading">Memuat isian yang tersimpan di peramban ini…</p>
      )}
      {entries && <PrintTable groups={groups} tahun={tahun} periode={periode} entryOf={(id) => entries.get(entryKey(periode, id))} version={printVersion} />}
    </div>
  );
}
