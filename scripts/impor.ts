// `npm run impor -- <tabel.csv> [--keputusan <nomor> --tanggal <YYYY-MM-DD> --periode <YYYY-YYYY>
// (--mengubah <nomor> | --mencabut <nomor>)] [--ke <folder content>] [--timpa]`: turns a decree's IKU
// appendix, saved from Excel as CSV, into the catalogue's content files: the versions of its
// indicators in the decree's folder (content/indikator/<decree id>/*.mdx) and the units it names
// (content/unit/*.yaml). Without --keputusan it is the first import of a new office, into the folder
// of its one decree record. With it, it adds the next decree beside what exists: a draft record, the
// versions (named for the indicators they continue), new units only, and the list of what changed;
// it never writes an earlier decree's files. Every row and option is checked before anything is
// written; an existing file is overwritten only with --timpa. It runs on Node's own type stripping,
// without a build step, which is why the importer's modules name each other with their .ts extension.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/importer/content.ts';
import { draftCatalogue } from '../src/importer/drafts.ts';
import { decreeFile, indicatorFile, unitFile } from '../src/importer/files.ts';
import { planNextDecree } from '../src/importer/next-decree.ts';
import { changeList, reviewList } from '../src/importer/report.ts';
import { decodeTable, readTable } from '../src/importer/table.ts';

const USAGE = [
  'Pemakaian: npm run impor -- <tabel.csv> [--ke <folder content>] [--timpa]',
  '  keputusan berikutnya: ... --keputusan <nomor> --tanggal <YYYY-MM-DD> --periode <YYYY-YYYY> (--mengubah <nomor> | --mencabut <nomor>)',
].join('\n');

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const text = { type: 'string' } as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ke: text,
    keputusan: text,
    tanggal: text,
    periode: text,
    mengubah: text,
    mencabut: text,
    timpa: { type: 'boolean', default: false },
    bantuan: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.bantuan || positionals.length !== 1) fail([USAGE]);
const source = positionals[0]!;
const contentDir = values.ke ?? process.env['KATALOG_CONTENT_DIR'] ?? 'content';
if (!existsSync(source)) fail([`Berkas "${source}" tidak ada.`, USAGE]);
const decreeOptions = [values.tanggal, values.periode, values.mengubah, values.mencabut].some((v) => v !== undefined);
if (decreeOptions && (!values.keputusan || !values.tanggal || !values.periode)) {
  fail(['Untuk keputusan berikutnya, --keputusan, --tanggal dan --periode diisi bersama.', USAGE]);
}

const decoded = decodeTable(readFileSync(source));
const table = typeof decoded === 'string' ? readTable(decoded) : { rows: [], problems: [decoded] };
const catalogue = table.problems.length > 0 ? { indicators: [], units: [], problems: table.problems } : draftCatalogue(table.rows);
if (catalogue.problems.length > 0) {
  fail([
    `${source}: ${catalogue.problems.length} masalah; tidak ada berkas yang ditulis.`,
    ...catalogue.problems.map((p) => (p.line > 0 ? `  baris ${p.line}: ${p.message}` : `  ${p.message}`)),
  ]);
}

let decreeFolder: string;
let files: { path: string; text: string }[];
let summary: string[];
if (values.keputusan) {
  const options = { nomor: values.keputusan, tanggal: values.tanggal!, periode: values.periode!, mengubah: values.mengubah, mencabut: values.mencabut };
  const plan = planNextDecree(readContent(contentDir), catalogue, options);
  if ('problems' in plan) fail([`Keputusan ${values.keputusan}: ${plan.problems.length} masalah; tidak ada berkas yang ditulis.`, ...plan.problems.map((p) => `  ${p}`)]);
  decreeFolder = join('indikator', plan.decreeId);
  catalogue.indicators = plan.indicators;
  files = [
    { path: join(contentDir, 'keputusan', `${plan.decreeId}.yaml`), text: decreeFile(plan.record) },
    ...plan.newUnits.map((u) => ({ path: join(contentDir, 'unit', `${u.slug}.yaml`), text: unitFile(u) })),
    ...plan.indicators.map((d) => ({ path: join(contentDir, decreeFolder, `${d.slug}.mdx`), text: indicatorFile(d) })),
  ];
  catalogue.units = plan.newUnits;
  summary = [
    `Ditulis keputusan ${options.nomor} (${join(contentDir, 'keputusan', `${plan.decreeId}.yaml`)}, draf), ${plan.indicators.length} indikator ke ${join(contentDir, decreeFolder)}/ ` +
      `dan ${plan.newUnits.length} unit baru (${plan.reusedUnits} unit yang ada dipakai lagi).`,
    ...(plan.changes && plan.earlier ? ['', ...changeList(plan.changes, plan.names, plan.earlier.nomorSitus)] : []),
  ];
} else {
  // The versions of a decree live in its folder, named for its record: the one record of a new office.
  const records = existsSync(join(contentDir, 'keputusan')) ? readdirSync(join(contentDir, 'keputusan')).filter((f) => f.endsWith('.yaml')) : [];
  if (records.length !== 1) {
    fail([
      `${join(contentDir, 'keputusan')}/: isi dulu satu catatan keputusan (.yaml; lihat README, bagian "Another office"), ada ${records.length}.`,
      'Untuk keputusan berikutnya dari katalog yang sudah berisi, pakai --keputusan, --tanggal, --periode dan --mengubah atau --mencabut.',
    ]);
  }
  decreeFolder = join('indikator', records[0]!.replace(/\.yaml$/, ''));
  files = [
    ...catalogue.units.map((u) => ({ path: join(contentDir, 'unit', `${u.slug}.yaml`), text: unitFile(u) })),
    ...catalogue.indicators.map((d) => ({ path: join(contentDir, decreeFolder, `${d.slug}.mdx`), text: indicatorFile(d) })),
  ];
  summary = [];
}

const existing = files.filter((f) => existsSync(f.path));
if (existing.length > 0 && !values.timpa) {
  fail([
    `${existing.length} berkas sudah ada; tidak ada berkas yang ditulis. Tambahkan --timpa untuk menimpanya:`,
    ...existing.map((f) => `  ${f.path}`),
  ]);
}
for (const file of files) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
}

const review = reviewList(catalogue, decreeFolder);
const missing = ['kantor', 'keputusan'].filter((dir) => !existsSync(join(contentDir, dir)) || readdirSync(join(contentDir, dir)).length === 0);
console.log(
  [
    ...(summary.length > 0
      ? summary
      : [
          `Ditulis ${catalogue.indicators.length} indikator dan ${catalogue.units.length} unit ke ${contentDir}/` +
            (existing.length > 0 ? ` (${existing.length} berkas ditimpa).` : '.'),
        ]),
    '',
    review.length > 0 ? `Perlu ditinjau (${review.length}):` : 'Tidak ada rumus usulan yang perlu ditinjau.',
    ...review.map((line) => `  - ${line}`),
    '',
    'Langkah berikutnya:',
    ...(values.keputusan
      ? [`  - lengkapi ${join(contentDir, 'keputusan')}/ dari naskah keputusan: setiap bagian bertanda [ISI: ...] (build menolaknya selama masih ada)`]
      : missing.length > 0
        ? missing.map((dir) => `  - isi ${join(contentDir, dir)}/ (lihat README, bagian "Another office")`)
        : ['  - periksa content/kantor dan content/keputusan: keduanya harus sesuai keputusan kantor ini']),
    '  - tinjau rumus usulan dan satuan di atas; polaritas ditulis "naik" untuk semua indikator',
    '  - npm run build',
  ].join('\n'),
);
