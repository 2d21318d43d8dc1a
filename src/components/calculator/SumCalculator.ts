/**
 * The calculator of a jumlah: entries added up exactly (Rupiah with sen, or whole counts), typed
 * row by row or pasted as a column from a spreadsheet. An island of its own.
 */
import { h } from 'preact';
import type { SumFormula } from '../../domain/formula/definition';
import { sumEntries } from '../../domain/formula/sum';
import type { Decimal } from '../../domain/number/decimal';
import { parseIndonesianNumber } from '../../domain/number/parse';
import { radios } from './choices';
import { calculatorOf, el } from './form';
import { type CalculatorState, type FieldSpec, type Kind, unitOf } from './model';

const LINE_BREAK = /\r\n|\r|\n/;
// Only the server writes these (see `SERVER_WORDS` in form.ts).
const MODE_WORDS = import.meta.env.SSR && {
  legend: 'Cara mengisi',
  labels: ['Isi satu per satu', 'Tempel daftar angka (satu angka per baris)'],
};
/** Most faulty lines named in one message; the rest are counted. */
const MAX_REPORTED_LINES = 3;

const filledLines = (text = '') => text.split(LINE_BREAK).filter((line) => line.trim() !== '');

const sumKind: Kind<SumFormula> = (reader, { rumus, id }) => {
  const { state } = reader;
  const unit = unitOf(rumus.entri.satuan);
  const rows: FieldSpec[] = state.rows.map((key, index) => ({ name: `e-${key}`, param: 'e', label: `Entri ${index + 1}`, unit }));
  const pasteInput: FieldSpec = {
    name: 'p',
    label: `${rumus.entri.label}, satu angka per baris`,
    hint: 'Salin satu kolom dari lembar kerja: satu angka per baris. Baris kosong diabaikan.',
    lines: 8,
    short: 'Isian tempel',
  };
  const entries: Decimal[] = [];
  // Where each entry comes from: its row's input, or its line in the pasted text.
  const origin: (string | number)[] = [];
  if (state.paste) {
    reader.param('m', 'tempel');
    const problems: string[] = [];
    reader
      .text(pasteInput)
      .split(LINE_BREAK)
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const number = parseIndonesianNumber(line);
        if (number.ok) {
          entries.push(number.value);
          origin.push(index + 1);
        } else problems.push(`Baris ${index + 1}: ${number.message}`);
      });
    const more = problems.length - MAX_REPORTED_LINES;
    if (problems.length > 0) {
      reader.fail('p', problems.slice(0, MAX_REPORTED_LINES).join(' ') + (more > 0 ? ` Ada ${more} baris lain yang juga bermasalah.` : ''));
    } else if (entries.length > 0) reader.status.p!.read = `${entries.length} entri`;
  } else {
    for (const row of rows) {
      const value = reader.read(row, true); // an empty row is ignored, not an error
      if (value) {
        entries.push(value);
        origin.push(row.name);
      }
    }
  }

  return {
    compute() {
      const outcome = sumEntries(rumus, entries);
      if (outcome.ok) return outcome.result;
      for (const { field, message } of outcome.errors) {
        // "entri.2" is the third entry; "entri" (no entry at all) has no origin.
        const from = origin[Number(field.split('.')[1])];
        if (state.paste) reader.fail('p', from ? `Baris ${from}: ${message}` : message);
        else reader.fail(String(from ?? rows[0]!.name), message);
      }
      return undefined;
    },
    render(form) {
      // Switching carries the figures across, so it does not lose what was typed.
      const switchMode = (mode: string) =>
        form.setState((current): Partial<CalculatorState> => {
          const paste = mode === 'tempel';
          const texts = { ...current.texts };
          const typed = filledLines(current.rows.map((key) => texts[`e-${key}`]).join('\n'));
          const lines = filledLines(texts.p);
          let keys = current.rows;
          if (paste && !texts.p?.trim()) texts.p = typed.join('\n');
          if (!paste && typed.length === 0 && lines.length > 0) {
            keys = lines.map((line) => {
              const key = form.nextRow++;
              texts[`e-${key}`] = line;
              return key;
            });
          }
          return { paste, texts, rows: keys };
        });
      const removeRow = (index: number) => {
        const next = state.rows[index + 1] ?? state.rows[index - 1];
        form.focusId = next === undefined ? `${id}-add` : `${id}-e-${next}`;
        form.setState((current) => ({ rows: current.rows.filter((_, i) => i !== index) }));
      };
      const addRow = () => {
        const key = form.nextRow++;
        form.focusId = `${id}-e-${key}`;
        form.setState((current) => ({ rows: [...current.rows, key] }));
      };
      return [
        radios(form, 'm', ['isian', 'tempel'], state.paste ? 'tempel' : 'isian', switchMode, MODE_WORDS),
        state.paste
          ? form.input(pasteInput)
          : h(
              'fieldset',
              { class: 'calc-fieldset', 'aria-describedby': `${id}-entries-hint` },
              el('legend', 'calc-legend', rumus.entri.label),
              h('p', { class: 'calc-hint', id: `${id}-entries-hint` }, 'Satu entri per laporan. Baris kosong diabaikan.'),
              rows.map((row, index) =>
                h(
                  'div',
                  { class: 'calc-entry', key: row.name },
                  form.input(row, 'calc-field--entry'),
                  rows.length > 1 &&
                    h(
                      'button',
                      { type: 'button', class: 'calc-button calc-button--secondary calc-button--remove', onClick: () => removeRow(index) },
                      'Hapus',
                      el('span', 'calc-visually-hidden', ` entri ${index + 1}`),
                    ),
                ),
              ),
              el('p', 'calc-count', `${rows.filter((row) => !reader.status[row.name]!.empty).length} entri terisi dari ${rows.length} baris.`),
              h('button', { type: 'button', class: 'calc-button calc-button--secondary', id: `${id}-add`, onClick: addRow }, 'Tambah entri'),
            ),
      ];
    },
  };
};

export const SumCalculator = calculatorOf(sumKind);
