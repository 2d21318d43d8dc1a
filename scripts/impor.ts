// `npm run impor -- <tabel.csv> [--ke <folder content>] [--timpa]`: turns a decree's IKU appendix,
// saved from Excel as CSV, into the catalogue's content files (content/indikator/*.mdx and
// content/unit/*.yaml). Every row is checked before anything is written; an existing file is
// overwritten only with --timpa. It runs on Node's own type stripping, without a build step, which
// is why the importer's modules name each other with their .ts extension.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftCatalogue } from '../src/importer/drafts.ts';
import { indicatorFile, unitFile } from '../src/importer/files.ts';
import { reviewList } from '../src/importer/report.ts';
import { decodeTable, readTable } from '../src/importer/table.ts';

const USAGE = 'Pemakaian: npm run impor -- <tabel.csv> [--ke <folder content>] [--timpa]';

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ke: { type: 'string' }, timpa: { type: 'boolean', default: false }, bantuan: { type: 'boolean', short: 'h', default: false } },
});
if (values.bantuan || positionals.length !== 1) fail([USAGE]);
const source = positionals[0]!;
const contentDir = values.ke ?? process.env['KATALOG_CONTENT_DIR'] ?? 'content';
if (!existsSync(source)) fail([`Berkas "${source}" tidak ada.`, USAGE]);

const text = decodeTable(readFileSync(source));
const table = typeof text === 'string' ? readTable(text) : { rows: [], problems: [text] };
const catalogue = table.problems.length > 0 ? { indicators: [], units: [], problems: table.problems } : draftCatalogue(table.rows);
if (catalogue.problems.length > 0) {
  fail([
    `${source}: ${catalogue.problems.length} masalah; tidak ada berkas yang ditulis.`,
    ...catalogue.problems.map((p) => (p.line > 0 ? `  baris ${p.line}: ${p.message}` : `  ${p.message}`)),
  ]);
}

// The versions of a decree live in its folder, named for its record: the one record of a new office.
const records = existsSync(join(contentDir, 'keputusan')) ? readdirSync(join(contentDir, 'keputusan')).filter((f) => f.endsWith('.yaml')) : [];
if (records.length !== 1) {
  fail([`${join(contentDir, 'keputusan')}/: isi dulu satu catatan keputusan (.yaml; lihat README, bagian "Another office"), ada ${records.length}.`]);
}
const decreeFolder = join('indikator', records[0]!.replace(/\.yaml$/, ''));
const files = [
  ...catalogue.units.map((u) => ({ path: join(contentDir, 'unit', `${u.slug}.yaml`), text: unitFile(u) })),
  ...catalogue.indicators.map((d) => ({ path: join(contentDir, decreeFolder, `${d.slug}.mdx`), text: indicatorFile(d) })),
];
const existing = files.filter((f) => existsSync(f.path));
if (existing.length > 0 && !values.timpa) {
  fail([
    `${existing.length} berkas sudah ada; tidak ada berkas yang ditulis. Tambahkan --timpa untuk menimpanya:`,
    ...existing.map((f) => `  ${f.path}`),
  ]);
}

for (const dir of ['unit', decreeFolder]) mkdirSync(join(contentDir, dir), { recursive: true });
for (const file of files) writeFileSync(file.path, file.text);

const review = reviewList(catalogue, decreeFolder);
const missing = ['kantor', 'keputusan'].filter((dir) => !existsSync(join(contentDir, dir)) || readdirSync(join(contentDir, dir)).length === 0);
console.log(
  [
    `Ditulis ${catalogue.indicators.length} indikator dan ${catalogue.units.length} unit ke ${contentDir}/` +
      (existing.length > 0 ? ` (${existing.length} berkas ditimpa).` : '.'),
    '',
    review.length > 0 ? `Perlu ditinjau (${review.length}):` : 'Tidak ada rumus usulan yang perlu ditinjau.',
    ...review.map((line) => `  - ${line}`),
    '',
    'Langkah berikutnya:',
    ...(missing.length > 0
      ? missing.map((dir) => `  - isi ${join(contentDir, dir)}/ (lihat README, bagian "Another office")`)
      : ['  - periksa content/kantor dan content/keputusan: keduanya harus sesuai keputusan kantor ini']),
    '  - tinjau rumus usulan dan satuan di atas; polaritas ditulis "naik" untuk semua indikator',
    '  - npm run build',
  ].join('\n'),
);
