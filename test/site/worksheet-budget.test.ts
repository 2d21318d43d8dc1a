// The worksheet is an app page: at most 35 KB gzip of JavaScript (35,000 bytes) when it opens,
// Astro's inline island bootstrap included, measured as the indicator pages' budget is
// (test/support/page-scripts.ts). The CSV reader and writer load only when a file is asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { listing, pageScripts, total } from '../support/page-scripts';

const BUDGET = 35_000;

describe('JavaScript of /lembar-kerja/', () => {
  const scripts = pageScripts('lembar-kerja/');

  it('has the worksheet island and stays within the budget', () => {
    expect(scripts.islands.some((url) => /Worksheet/.test(url))).toBe(true);
    expect(total(scripts), listing(scripts)).toBeLessThanOrEqual(BUDGET);
  });

  it('does not load the CSV reader and writer until a file is asked for', () => {
    // The reader's messages are in the lazily loaded chunk only.
    const loaded = [...scripts.files.keys()].map((file) => readFileSync(join(distDir, file), 'utf8')).join('\n');
    expect(loaded).not.toContain('Tanda kutip (") dibuka tetapi tidak ditutup.');
    expect(loaded).toMatch(/import\(\s*["'`][^"'`]*files[^"'`]*\.js["'`]\s*\)/);
  });
});
