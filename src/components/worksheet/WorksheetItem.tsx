/**
 * One indicator on the worksheet: a form of its own (the calculators' input names repeat from one
 * indicator to the next) around a fieldset whose legend is the indicator's name, with the same
 * inputs, messages and error summary as its calculator (`IndicatorFields`), then the row's source
 * and note. The entry belongs to the worksheet; which errors show belongs here.
 */
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../calculator/ErrorSummary';
import { IndicatorFields, type StateUpdate } from '../calculator/IndicatorFields';
import { type CalculatorState, shownErrors, summaryLines } from '../calculator/model';
import { viewOf } from '../calculator/views';
import type { WorksheetEntry } from '../../domain/worksheet/entry';
import { entryFigures, evaluateEntry, inputsFilled } from '../../domain/worksheet/figures';
import { TextField } from './TextField';
import type { SheetIndicator, WorksheetProps } from './types';
import type { EntryUpdate } from './use-worksheet-store';

interface Props {
  indicator: SheetIndicator;
  entry: WorksheetEntry;
  words: WorksheetProps['words'];
  formWords: WorksheetProps['formWords'];
  notes: WorksheetProps['notes'];
  fields: WorksheetProps['fields'];
  /** How many times every entry was checked: once it was, every error of an entry being filled in shows. */
  sent: number;
  onChange(id: string, update: EntryUpdate): void;
}

function ItemFields({ indicator, entry, words, formWords, notes, fields, sent, onChange }: Props) {
  const { id, polaritas } = indicator;
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const evaluation = evaluateEntry(indicator, entry);
  // A check shows the errors of the indicators being filled in, not "Isi ..." on every blank one.
  const errors = shownErrors(evaluation, { touched, sent: sent > 0 && inputsFilled(entry) });
  const summary = summaryLines(evaluation, errors, id);
  const figures = inputsFilled(entry) ? undefined : entryFigures(indicator, entry, evaluation);
  const change = (update: StateUpdate) => onChange(id, (current) => ({ ...current, state: update(current.state) }));
  const setText = (field: 'sumber' | 'catatan' | 'berkas', text: string) => onChange(id, (current) => ({ ...current, [field]: text }));

  return (
    <form class="ws-item" id={`${id}-form`} onSubmit={(event) => event.preventDefault()}>
      <fieldset class="ws-fieldset" id={id}>
        <legend class="ws-legend">
          {indicator.nama}
          {indicator.tingkat === 'IKU' && <span class="iku-tag">IKU</span>}
        </legend>
        <p class="ws-meta">
          Sasaran: {indicator.sasaran}. <a href={indicator.href}>Halaman indikator</a>
        </p>
        {summary.length > 0 && <ErrorSummary id={id} title={formWords.summaryTitle} lines={summary} />}
        <IndicatorFields
          view={viewOf(indicator.rumus)}
          words={(words as Record<string, unknown>)[indicator.rumus.jenis]}
          formWords={formWords}
          indicator={indicator}
          state={entry.state}
          evaluation={evaluation}
          errors={errors}
          onText={(name, text) => {
            setTouched((current) => ({ ...current, [name]: name in errors }));
            change((state: CalculatorState) => ({ ...state, texts: { ...state.texts, [name]: text } }));
          }}
          onLeave={(name) => setTouched((current) => ({ ...current, [name]: true }))}
          onChange={change}
          notes={{
            targetHint: notes.targetHint[polaritas],
            capaianRumus: <span class="calc-note">{notes.capaianRumus[polaritas]}</span>,
            capaianSumber: <span class="calc-source">{notes.capaianSumber}</span>,
          }}
        />
        {entry.berkas && (
          <div class="ws-berkas">
            <p>
              {figures?.asal === 'berkas' ? (
                <>
                  Realisasi <strong>dari berkas</strong>: <strong>{entry.berkas}</strong>
                  {figures.capaian && (
                    <>
                      ; capaian {figures.capaian.formatted}, kategori {figures.capaian.band.kategori}
                    </>
                  )}
                  . Angka ini diimpor apa adanya; isi kolom di atas untuk menghitungnya kembali.
                </>
              ) : (
                <>Realisasi dari berkas ({entry.berkas}) diganti hasil hitungan di atas. Kosongkan isian di atas untuk memakainya lagi.</>
              )}
            </p>
            <button type="button" class="calc-button calc-button--secondary" onClick={() => setText('berkas', '')}>
              Hapus angka dari berkas
            </button>
          </div>
        )}
        <div class="ws-row-texts">
          <TextField id={id} column="sumber" words={fields.sumber} value={entry.sumber} onInput={(text) => setText('sumber', text)} />
          <TextField id={id} column="catatan" words={fields.catatan} value={entry.catatan} onInput={(text) => setText('catatan', text)} />
        </div>
      </fieldset>
    </form>
  );
}

/**
 * Redrawn only when its own entry or the check changes, so that typing stays quick with every
 * indicator shown (preact/compat's `memo` would do the same at the cost of the whole compat layer).
 */
export class WorksheetItem extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return next.entry !== this.props.entry || next.sent !== this.props.sent;
  }

  override render() {
    return <ItemFields {...this.props} />;
  }
}
