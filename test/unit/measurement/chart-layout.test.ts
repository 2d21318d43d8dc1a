// The chart's geometry: a value's label never covers a target marker (nor another label), and
// stays inside the drawing, for the case the issue reported ("79,5%" on the 2025 target) and for
// every pair of target and realisasi on a grid; the axis spans the years it is given.
import { describe, expect, it } from 'vitest';
import { type Box, type ChartLayout, type ChartPoint, boxesIntersect, chartLayout, chartSpan, textWidth } from '../../../src/domain/measurement/chart-layout';

const percent = (v: number) => `${String(v).replace('.', ',')}%`;
const layout = (points: ChartPoint[], span = { from: 2021, to: 2026 }) => chartLayout({ span, points, tickLabel: percent });
const withLabel = (year: number, target: number | undefined, realisasi: number | undefined): ChartPoint => ({
  year,
  target,
  realisasi,
  label: realisasi === undefined ? undefined : percent(realisasi),
});

const inside = (box: Box, chart: ChartLayout) => box.x >= 0 && box.y >= 0 && box.x + box.width <= chart.width && box.y + box.height <= chart.height;

/** Every way a label could be unreadable: on a marker, on another label, outside the drawing. */
function collisions(chart: ChartLayout): string[] {
  return chart.labels.flatMap((label) => [
    ...chart.markers.filter((m) => boxesIntersect(label.box, m.box)).map((m) => `${label.year} label on ${m.year} target`),
    ...chart.labels.filter((other) => other !== label && boxesIntersect(label.box, other.box)).map((o) => `${label.year} label on ${o.year} label`),
    ...(inside(label.box, chart) ? [] : [`${label.year} label outside`]),
  ]);
}

describe('a value’s label and the target markers', () => {
  it('moves 79,5% off the 2025 target of 80% (the reported case), above the marker', () => {
    const chart = layout([withLabel(2024, 80, 72.5), withLabel(2025, 80, 79.5)]);
    const label = chart.labels.find((l) => l.year === 2025)!;
    const marker = chart.markers.find((m) => m.year === 2025)!;
    expect(label.text).toBe('79,5%');
    expect(label.placement).toBe('marker');
    expect(boxesIntersect(label.box, marker.box)).toBe(false);
    expect(label.box.y + label.box.height).toBeLessThanOrEqual(marker.box.y); // above it
    expect(collisions(chart)).toEqual([]);
  });

  it('keeps a label on its bar when the target is far from it', () => {
    // 2024: 60% against 80%: on a 0-100 scale 200 units high, 20 points are 40 units, more than the
    // label's 18 (13 × 1,05 and 2 units of padding each side), the gap of 3 and the marker's half of 5.
    // 2025: the target of 40 is under the bar's top at 100.
    const chart = layout([withLabel(2024, 80, 60), withLabel(2025, 40, 100)]);
    expect(chart.labels.map((l) => [l.year, l.placement])).toEqual([[2024, 'bar'], [2025, 'bar']]);
    expect(collisions(chart)).toEqual([]);
  });

  it('clears a target just below the bar’s top, an equal target and a target at the top of the scale', () => {
    for (const [target, realisasi] of [[79, 79.5], [80, 80], [100, 99], [100, 100], [0, 0], [5, 0]] as const) {
      expect(collisions(layout([withLabel(2025, target, realisasi)])), `${target} / ${realisasi}`).toEqual([]);
    }
  });

  it('never collides on a grid of targets and realisasi, next to neighbours with their own', () => {
    const found = new Set<string>();
    for (let target = 0; target <= 120; target += 2.5) {
      for (let realisasi = 0; realisasi <= 120; realisasi += 2.5) {
        const chart = layout([withLabel(2024, realisasi, target), withLabel(2025, target, realisasi), withLabel(2026, target + 1, realisasi - 1)]);
        for (const c of collisions(chart)) found.add(`${target}/${realisasi}: ${c}`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it('widens the columns for long labels, so neighbours never touch', () => {
    const rupiah = (year: number, target: number, realisasi: number): ChartPoint => ({ year, target, realisasi, label: 'Rp 12,45 miliar' });
    const span = { from: 2021, to: 2031 };
    const points = Array.from({ length: 11 }, (_, i) => rupiah(2021 + i, 10 + (i % 3), 10 + ((i + 1) % 3)));
    const chart = chartLayout({ span, points, tickLabel: (v) => `Rp ${v} miliar` });
    const step = chart.columns[1]!.x - chart.columns[0]!.x;
    expect(step).toBeGreaterThan(textWidth('Rp 12,45 miliar'));
    expect(collisions(chart)).toEqual([]);
  });

  it('puts a negative realisasi’s label above the zero line, clear of its target', () => {
    const chart = layout([withLabel(2023, 0, -20), withLabel(2024, 5, -2)]);
    expect(collisions(chart)).toEqual([]);
    for (const label of chart.labels) expect(label.box.y + label.box.height).toBeLessThanOrEqual(chart.zeroY);
  });
});

describe('the years on the axis', () => {
  it('spans the years given, one column each, even with no figure in most', () => {
    const chart = layout([withLabel(2025, 80, 79.5)], { from: 2021, to: 2031 });
    expect(chart.columns.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(chart.bars.map((b) => b.year)).toEqual([2025]);
  });

  it('is the union of the periods given, widened to any year with figures', () => {
    expect(chartSpan([{ from: 2021, to: 2026 }, { from: 2027, to: 2031 }], [2024])).toEqual({ from: 2021, to: 2031 });
    expect(chartSpan([{ from: 2021, to: 2026 }], [2019, 2024])).toEqual({ from: 2019, to: 2026 });
    expect(chartSpan([], [2024, 2023])).toEqual({ from: 2023, to: 2024 });
    expect(chartSpan([], [])).toBeUndefined();
  });

  it('breaks the target line at a year without a target', () => {
    const chart = layout([withLabel(2021, 80, 70), withLabel(2022, 80, 75), withLabel(2024, 85, 90), withLabel(2025, 90, undefined)]);
    expect(chart.targetPath.match(/M/g)).toHaveLength(2); // 2021-2022 and 2024-2025
    expect(chart.labels.map((l) => l.year)).toEqual([2021, 2022, 2024]);
  });
});
