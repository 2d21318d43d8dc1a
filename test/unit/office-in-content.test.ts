// The office, its region and its decree are named in content/ only: no source file spells them,
// so that another office adopts the site by replacing content/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const office = parse(readFileSync(join(root, 'content/kantor/kantor.yaml'), 'utf8')) as Record<string, string>;
const decreeFile = readdirSync(join(root, 'content/keputusan')).find((f) => f.endsWith('.yaml'))!;
const decree = parse(readFileSync(join(root, 'content/keputusan', decreeFile), 'utf8')) as Record<string, string>;

describe('src/ names no office', () => {
  it('spells none of the office record\'s names, region, capital or decree number', () => {
    const words = [
      office['nama']!,
      office['singkatan']!,
      office['wilayah']!.split(' ').at(-1)!, // "Balangan" of "Kabupaten Balangan"
      decree['nomorSitus']!.split('/')[0]!, // the decree's classification code, "188.46"
      decree['nomor']!,
      decree['ditetapkanDi']!,
    ];
    const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, '/'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(root, f), 'utf8').toLowerCase();
      return words.filter((w) => text.includes(w.toLowerCase())).map((w) => `${f}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});
