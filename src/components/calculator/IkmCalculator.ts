/**
 * The calculator of an Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): from each unsur's total
 * score, or from the respondents' answers pasted from a spreadsheet, with the weight 1/9 or the
 * forms' 0,111. An island of its own.
 */
import { h } from 'preact';
import type { IkmFormula } from '../../domain/formula/definition';
import { IKM_FIELD, IKM_UNSUR, IKM_WEIGHT_LABELS, type IkmInput, type IkmResult, ikmScore, parseIkmAnswers } from '../../domain/ikm';
import { decimal } from '../../domain/number/decimal';
import { type Fraction, roundFraction } from '../../domain/number/fraction';
import { formatExactNumber, formatNumber } from '../../domain/number/format';
import { radios } from './choices';
import { calculatorOf, el } from './form';
import { type FieldSpec, type Kind, type KindParts, settle } from './model';

// Only the server writes these (see `SERVER_WORDS` in form.ts).
const MODE_WORDS = import.meta.env.SSR && {
  legend: 'Cara mengisi',
  labels: ['Isi total nilai per unsur', 'Tempel jawaban responden dari lembar kerja'],
};
const WEIGHT_WORDS = import.meta.env.SSR && {
  legend: 'Bobot setiap unsur',
  labels: [`${IKM_WEIGHT_LABELS.exact.text} (tepat, bawaan)`, `${IKM_WEIGHT_LABELS.rounded.text} (seperti tercetak pada formulir)`],
  hint: 'PermenPANRB 14/2017 menetapkan bobot 1/9; formulirnya mencetak 0,111. Dengan 0,111, survei yang semua jawabannya 4 menghasilkan 99,90, bukan 100.',
};

/** A fraction shown with `digits` digits after the comma, at least `min`. */
const shown = (value: Fraction, digits: number, min = digits) => formatNumber(roundFraction(value, digits), { min, max: digits });

const cells = (tag: string, texts: string[], numbers = 0) =>
  texts.map((text, index) => h(tag, { scope: tag === 'th' ? 'col' : undefined, class: index >= numbers ? 'calc-num' : undefined }, text));

/** The input of each of the computation's field keys. */
const INPUTS: Record<string, string> = { [IKM_FIELD.responden]: 'r' };
IKM_UNSUR.forEach((_, index) => {
  INPUTS[IKM_FIELD.unsur(index + 1)] = `u${index + 1}`;
});

const ikmKind: Kind<IkmFormula> = (reader, { id }): KindParts<IkmResult> => {
  const { state } = reader;
  const respondentsInput: FieldSpec = {
    name: 'r',
    label: 'Jumlah responden (kuesioner yang terisi)',
    unit: { text: 'orang', position: 'suffix' },
  };
  const unsurInputs: FieldSpec[] = IKM_UNSUR.map((nama, index) => ({ name: `u${index + 1}`, label: `${index + 1}. ${nama}` }));
  const pasteInput: FieldSpec = {
    name: 'p',
    label: 'Jawaban responden',
    hint: 'Satu baris per responden: sembilan nilai 1–4 sesuai urutan unsur, dipisahkan tab, titik koma, koma, atau spasi. Salin langsung dari lembar kerja; baris judul kolom dilewati.',
    lines: 8,
    short: 'Isian tempel',
  };
  let input: IkmInput | undefined;
  if (state.paste) {
    reader.param('m', 'tempel');
    const answers = parseIkmAnswers(reader.text(pasteInput));
    if (answers.ok) {
      input = { respondents: decimal(answers.respondents), totals: answers.totals };
      reader.status.p!.read =
        `${answers.respondents} responden; total per unsur ${answers.totals.map(formatExactNumber).join(', ')}` +
        (answers.headerSkipped ? ' (baris judul dilewati)' : '');
    } else reader.fail('p', answers.message);
  } else {
    const respondents = reader.read(respondentsInput);
    const totals = unsurInputs.map((spec) => reader.read(spec));
    if (respondents && totals.every(Boolean)) input = { respondents, totals: totals as IkmInput['totals'] };
  }
  if (state.rounded) reader.param('w', '0111');

  return {
    compute: () =>
      input &&
      settle(reader, ikmScore(input, state.rounded ? 'rounded' : 'exact'), INPUTS),
    headline: (result) => [
      el(
        'span',
        'calc-result-line',
        'IKM: ',
        el('strong', 'calc-result-value', result.formatted),
        ', mutu pelayanan ',
        h('strong', null, result.category.mutu),
        ` (${result.category.kinerja})`,
      ),
      el(
        'span',
        'calc-result-line',
        `Nilai IKM unit ${shown(result.unitValue, 4, 2)} dari 4; bobot tiap unsur ${IKM_WEIGHT_LABELS[result.weight].text}.`,
      ),
    ],
    after: (result) =>
      h(
        'div',
        { class: 'calc-table-wrap', role: 'region', 'aria-labelledby': `${id}-nrr-caption`, tabIndex: 0 },
        el(
          'table',
          'calc-table',
          h('caption', { id: `${id}-nrr-caption` }, 'Nilai rata-rata (NRR) per unsur'),
          h('thead', null, h('tr', null, cells('th', ['No.', 'Unsur', 'Total nilai', 'NRR', `NRR × ${IKM_WEIGHT_LABELS[result.weight].text}`], 2))),
          h(
            'tbody',
            null,
            result.unsur.map((row) =>
              h(
                'tr',
                null,
                h('td', null, row.nomor),
                h('th', { scope: 'row' }, row.nama),
                cells('td', [formatExactNumber(decimal(row.total)), shown(row.nrr, 3), shown(row.nrrTertimbang, 4)]),
              ),
            ),
          ),
          h(
            'tfoot',
            null,
            h(
              'tr',
              null,
              h('th', { scope: 'row', colSpan: 4 }, 'Nilai IKM unit (jumlah NRR tertimbang)'),
              cells('td', [shown(result.unitValue, 4)]),
            ),
          ),
        ),
      ),
    render: (form) => [
      radios(form, 'm', ['isian', 'tempel'], state.paste ? 'tempel' : 'isian', (mode) => form.setState(() => ({ paste: mode === 'tempel' })), MODE_WORDS),
      state.paste
        ? form.input(pasteInput)
        : [
            h('fieldset', { class: 'calc-fieldset', key: 'r' }, el('legend', 'calc-legend', 'Responden'), form.input(respondentsInput)),
            h(
              'fieldset',
              { class: 'calc-fieldset', key: 'u', 'aria-describedby': `${id}-g1-hint` },
              el('legend', 'calc-legend', 'Total nilai persepsi per unsur'),
              h(
                'p',
                { class: 'calc-hint', id: `${id}-g1-hint` },
                'Jumlah nilai 1–4 dari semua responden untuk setiap unsur, urutan PermenPANRB 14/2017.',
              ),
              unsurInputs.map((spec) => form.input(spec)),
            ),
          ],
      radios(
        form,
        'w',
        ['tepat', '0111'],
        state.rounded ? '0111' : 'tepat',
        (value) => form.setState(() => ({ rounded: value === '0111' })),
        WEIGHT_WORDS,
        true,
      ),
    ],
  };
};

export const IkmCalculator = calculatorOf(ikmKind);
