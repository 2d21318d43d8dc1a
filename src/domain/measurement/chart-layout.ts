/**
 * The geometry of an indicator's target-and-realisasi chart: one column per year of a span (the
 * years of every decree that held the indicator), a bar per annual realisasi, a marker per annual
 * target, and each realisasi's label placed where it never covers a target marker.
 *
 * Written by hand with plain arithmetic (a linear scale and a few ticks): d3-scale is not installed
 * and a bar-and-marker chart needs nothing more. Numbers are JavaScript numbers, fine for pixels.
 *
 * Why a label never covers a marker:
 * - every column is at least as wide as the widest label plus a gap, and a label is centred on its
 *   column, so it stays inside its own column, away from other columns' labels, bars and markers;
 * - in its own column the label sits just above the bar; when that box would touch the column's
 *   target marker, it sits above the marker instead, whose box it then clears by the gap;
 * - the top margin leaves room for a label above a marker at the top of the scale.
 * Text widths are estimated from per-character widths taken generously, so the real text is no wider
 * than its box; test/site/glance.test.ts checks the labels as Chromium draws them.
 */

export interface ChartSpan {
  from: number;
  to: number;
}

export interface ChartPoint {
  year: number;
  target?: number | undefined;
  realisasi?: number | undefined;
  /** The realisasi as written on the chart ("79,5%"); drawn when realisasi is present. */
  label?: string | undefined;
}

/** A rectangle in the chart's user units, y growing downwards. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLabel {
  year: number;
  text: string;
  /** Centre of the text (text-anchor middle) and its baseline. */
  x: number;
  baseline: number;
  box: Box;
  /** Above its bar, or moved above the target marker that the bar's place would touch. */
  placement: 'bar' | 'marker';
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: Box;
  /** The y of the value 0, where the bars start. */
  zeroY: number;
  ticks: { value: number; y: number; label: string }[];
  columns: { year: number; x: number }[];
  /** Baseline of the year labels under the columns. */
  yearBaseline: number;
  bars: ({ year: number } & Box)[];
  markers: { year: number; cx: number; cy: number; r: number; box: Box }[];
  labels: ChartLabel[];
  /** The dashed target line: consecutive years with a target, as an SVG path ("" when none). */
  targetPath: string;
}

/** Font size of every text in the chart, in user units (drawn 1:1 as CSS pixels). */
export const CHART_FONT_SIZE = 13;
const ASCENT = 0.8 * CHART_FONT_SIZE;
const DESCENT = 0.25 * CHART_FONT_SIZE;
/** The padding of a label's box, drawn in the background colour so the target line never crosses its text. */
const PAD = 2;
const MARKER_RADIUS = 4;
/** Half the marker's box: its radius and half its 2-unit stroke. */
const MARKER_HALF = MARKER_RADIUS + 1;
const GAP = 3;
const LABEL_HEIGHT = ASCENT + DESCENT + 2 * PAD;
const MIN_COLUMN = 64;
const MAX_BAR = 40;
const PLOT_HEIGHT = 200;
const MARGIN = { top: Math.ceil(LABEL_HEIGHT + 2 * MARKER_HALF + GAP), right: 12, bottom: 28 };

/**
 * Widths in em, generous: at or above DejaVu Sans (the widest common sans-serif system font; in
 * Chromium "Rp 5,25 miliar" at 13 px measures 92 units against 101.5 estimated, "72,5%" 41.3 against 42.3).
 */
const NARROW = new Set([...' \u00a0,.:;ilj|!\'']);
const WIDE = new Set([...'mwMW%']);
function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.33;
  if (WIDE.has(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.78;
  if (/[frt]/.test(char)) return 0.45;
  return 0.64;
}

/** The width a text is drawn at, estimated generously, in user units. */
export function textWidth(text: string): number {
  return [...text].reduce((width, char) => width + charWidth(char), 0) * CHART_FONT_SIZE;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The years of a span, ascending. */
export function spanYears(span: ChartSpan): number[] {
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

/** The span of a chart: the periods given (one per decree), widened to any year with figures. */
export function chartSpan(periods: readonly ChartSpan[], dataYears: readonly number[]): ChartSpan | undefined {
  const from = Math.min(...periods.map((p) => p.from), ...dataYears);
  const to = Math.max(...periods.map((p) => p.to), ...dataYears);
  return Number.isFinite(from) ? { from, to } : undefined;
}

/** A "nice" tick step (1, 2 or 5 times a power of ten) giving about four intervals. */
function niceStep(range: number): number {
  const raw = range / 4 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

function labelBox(x: number, baseline: number, text: string): Box {
  const width = textWidth(text) + 2 * PAD;
  return { x: x - width / 2, y: baseline - ASCENT - PAD, width, height: LABEL_HEIGHT };
}

/** The baseline that puts a label's box bottom `GAP` above `top`. */
const baselineAbove = (top: number) => top - GAP - DESCENT - PAD;

/**
 * The chart of `points` over every year of `span`; `tickLabel` writes a value of the scale in the
 * indicator's unit ("Rp 5 miliar"), and its width sets the left margin.
 */
export function chartLayout(input: { span: ChartSpan; points: readonly ChartPoint[]; tickLabel: (value: number) => string }): ChartLayout {
  const years = spanYears(input.span);
  const byYear = new Map(input.points.map((p) => [p.year, p]));
  const values = input.points.flatMap((p) => [p.target, p.realisasi]).filter((v): v is number => v !== undefined);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low);
  const yMin = Math.floor(low / step) * step;
  const yMax = Math.max(Math.ceil(high / step) * step, yMin + step);
  const tickValues = Array.from({ length: Math.round((yMax - yMin) / step) + 1 }, (_, i) => yMin + i * step);
  const tickTexts = tickValues.map(input.tickLabel);

  const left = Math.ceil(Math.max(0, ...tickTexts.map(textWidth))) + 10;
  const labelTexts = years.map((year) => byYear.get(year)).filter((p) => p?.realisasi !== undefined && p.label).map((p) => p!.label!);
  const column = Math.max(MIN_COLUMN, Math.ceil(Math.max(0, ...labelTexts.map(textWidth)) + 2 * PAD + 2 * GAP));
  const plot: Box = { x: left, y: MARGIN.top, width: column * years.length, height: PLOT_HEIGHT };
  const width = left + plot.width + MARGIN.right;
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom;
  const y = (v: number) => plot.y + plot.height - ((v - yMin) / (yMax - yMin)) * plot.height;
  const zeroY = y(0);
  const barWidth = Math.min(MAX_BAR, column / 2);

  const columns = years.map((year, i) => ({ year, x: left + column * i + column / 2 }));
  const bars: ChartLayout['bars'] = [];
  const markers: ChartLayout['markers'] = [];
  const labels: ChartLabel[] = [];
  for (const { year, x } of columns) {
    const point = byYear.get(year);
    const marker =
      point?.target === undefined
        ? undefined
        : { year, cx: x, cy: y(point.target), r: MARKER_RADIUS, box: { x: x - MARKER_HALF, y: y(point.target) - MARKER_HALF, width: 2 * MARKER_HALF, height: 2 * MARKER_HALF } };
    if (marker) markers.push(marker);
    if (point?.realisasi === undefined) continue;
    const top = Math.min(y(point.realisasi), zeroY);
    bars.push({ year, x: x - barWidth / 2, y: top, width: barWidth, height: Math.abs(y(point.realisasi) - zeroY) });
    if (!point.label) continue;
    let placement: ChartLabel['placement'] = 'bar';
    let baseline = baselineAbove(top);
    if (marker && boxesIntersect(labelBox(x, baseline, point.label), marker.box)) {
      // Touching means the marker's top is above the label's bottom, so above the marker is higher.
      placement = 'marker';
      baseline = baselineAbove(marker.box.y);
    }
    labels.push({ year, text: point.label, x, baseline, box: labelBox(x, baseline, point.label), placement });
  }

  // The target line joins consecutive years that have a target; a year without one breaks it.
  const runs: string[][] = [[]];
  for (const { year, x } of columns) {
    const target = byYear.get(year)?.target;
    if (target === undefined) runs.push([]);
    else runs.at(-1)!.push(`${x.toFixed(1)},${y(target).toFixed(1)}`);
  }
  const targetPath = runs.filter((run) => run.length > 1).map((run) => `M${run.join(' L')}`).join(' ');

  return {
    width,
    height,
    plot,
    zeroY,
    ticks: tickValues.map((value, i) => ({ value, y: y(value), label: tickTexts[i]! })),
    columns,
    yearBaseline: height - 8,
    bars,
    markers,
    labels,
    targetPath,
  };
}
