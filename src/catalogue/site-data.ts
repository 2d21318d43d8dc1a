/**
 * Everything the pages show, read from the content collections once per build and derived once, as
 * Starlight's routing module does: the catalogue, its performance tree and figures, its open-data
 * records, the office's identity (logo and icons), the published measurements and the guidance.
 * Pages, endpoints and components import these values; no other module reads a collection. Content
 * that does not fit together across files fails the build here, naming the file. In the dev server
 * Astro evaluates this module again when the content changes.
 */
import { getCollection } from 'astro:content';
import { catalogueFigures } from './figures';
import { readGuide } from './guide';
import { buildCatalogue } from './load';
import { buildMeasurements } from './measurement';
import { catalogueRecords, versionRecords } from './records';
import { catalogueTree } from './tree';
import { officeIdentity } from '../theme/identity';

// Astro logs once that an empty collection "does not exist or is empty" (withastro/astro#15329):
// so it does for `capaian` while the office has published no figures, and that is not an error.
const [indikator, unit, keputusan, istilah, kantor, panduan, capaian] = await Promise.all([
  getCollection('indikator'),
  getCollection('unit'),
  getCollection('keputusan'),
  getCollection('istilah'),
  getCollection('kantor'),
  getCollection('panduan'),
  getCollection('capaian'),
]);

export const catalogue = buildCatalogue({ indikator, unit, keputusan, istilah, kantor });
export const tree = catalogueTree(catalogue);
export const figures = catalogueFigures(catalogue, tree);
export const records = catalogueRecords(catalogue);
export const versions = versionRecords(catalogue);
export const identity = await officeIdentity(catalogue.office);
export const measurements = buildMeasurements(catalogue, capaian);
export const guide = readGuide(panduan);
