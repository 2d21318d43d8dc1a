// Plain-text tables for the benchmark's output.

const KB = 1000;

/** Bytes as kilobytes (1 KB = 1,000 bytes), one decimal. */
export const kb = (bytes) => (bytes / KB).toFixed(1);

/** A number with `digits` decimals, or '-' when there is none. */
export const num = (value, digits = 0) => (value == null || Number.isNaN(value) ? '-' : Number(value).toFixed(digits));

/** Aligns rows under a header: the first column to the left, the others to the right. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** What a failed section prints in place of its figures. */
export const notAvailable = (reason) => `n/a (${reason})`;
