// Reads a build's /data/ as others do: the Data Package with the Frictionless reader from npm
// (`datapackage`), every CSV with csv-parse, every workbook with exceljs, and the DCAT catalogue
// with a JSON-LD processor (`jsonld`). Nothing of the project's own code reads the files back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import ExcelJS from 'exceljs';

export interface ReadResource {
  name: string;
  path: string;
  profile: string | undefined;
  encoding: string | undefined;
  bytes: Buffer;
  descriptor: { bytes?: number; hash?: string };
  /** For a CSV resource: its rows as the Frictionless reader gives them (keyed, typed)... */
  readerRows?: Record<string, unknown>[];
  /** ...and as csv-parse reads the same bytes: the header, then the rows. */
  csvRows?: string[][];
}

/** The package, strictly loaded (only a resource declared tabular is read as a table). */
export async function readDataPackage(dataDir: string): Promise<{ valid: boolean; errors: string[]; resources: ReadResource[] }> {
  const pkg = await Package.load(join(dataDir, 'datapackage.json'), { strict: true });
  const resources: ReadResource[] = [];
  for (const resource of pkg.resources) {
    const { path, profile, encoding } = resource.descriptor;
    const bytes = readFileSync(join(dataDir, path));
    const read: ReadResource = { name: resource.name, path, profile, encoding, bytes, descriptor: resource.descriptor };
    if (profile === 'tabular-data-resource') {
      read.readerRows = (await resource.read({ keyed: true })) as Record<string, unknown>[];
      read.csvRows = parse(bytes.toString('utf8'), { record_delimiter: '\r\n' });
    }
    resources.push(read);
  }
  return { valid: pkg.valid, errors: pkg.errors.map((e) => e.message), resources };
}

export const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A sheet of a workbook as rows of cells (values as exceljs reads them) and whether any cell is a formula. */
export async function readSheet(path: string, sheetName: string): Promise<{ rows: unknown[][]; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${path}: no sheet "${sheetName}"`);
  const rows: unknown[][] = [];
  let formulas = 0;
  workbook.eachSheet((s) =>
    s.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      }),
    ),
  );
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(row.getCell(c).value);
    rows.push(cells);
  });
  return { rows, formulas };
}
