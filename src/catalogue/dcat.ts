/**
 * `/data/catalog.jsonld`: the open data as a DCAT catalogue in JSON-LD, which the regional Satu Data
 * portals (CKAN with ckanext-dcat) harvest. Three datasets, the indicators, the published figures
 * and the MS-Ind, each with the office as publisher (`content/kantor/`), the licence, the date the
 * data last changed, keywords, and one distribution per file with its media type, address, size and
 * checksum. Vocabulary: DCAT 2 with DCAT-AP's usual properties.
 */
import type { Office } from './load';
import type { DataFileName, DataFiles } from './open-data-files';
import { officeFullName, officeShortName } from './office';

export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** What the catalogue says of each dataset, and which files it is published as. */
export const DCAT_DATASETS: { id: string; title: string; description: string; keywords: string[]; files: DataFileName[] }[] = [
  {
    id: 'indikator',
    title: 'Indikator kinerja',
    description: 'Indikator Kinerja Utama (IKU) dan Indikator Kinerja (IK) sesuai keputusan, satu rekaman per indikator: sasaran, indikator, penjelasan, rumus, satuan, penanggung jawab dan sumber data.',
    keywords: ['indikator kinerja', 'IKU', 'IK', 'SAKIP'],
    files: ['indikator.csv', 'indikator.json', 'indikator.xlsx'],
  },
  {
    id: 'capaian',
    title: 'Target, realisasi dan capaian',
    description: 'Target, realisasi dan capaian indikator kinerja yang diterbitkan kantor, satu rekaman per indikator, tahun dan periode.',
    keywords: ['capaian kinerja', 'target', 'realisasi', 'LKjIP'],
    files: ['capaian.csv', 'capaian.json', 'capaian.xlsx'],
  },
  {
    id: 'ms-ind',
    title: 'Metadata Statistik Indikator (MS-Ind)',
    description: 'Formulir MS-Ind Satu Data Indonesia (Peraturan BPS No. 5 Tahun 2020) untuk setiap indikator, diisi dari katalog.',
    keywords: ['MS-Ind', 'metadata statistik', 'Satu Data Indonesia'],
    files: ['ms-ind.csv', 'ms-ind.xlsx'],
  },
];

const FORMAT: Record<string, string> = { 'text/csv': 'CSV', 'application/json': 'JSON' };

export function dcatCatalog(options: { office: Office; dataUrl: (file: string) => string; homepage: string; modified: string }, files: DataFiles) {
  const { office } = options;
  const modified = { '@value': options.modified, '@type': 'xsd:date' };
  const publisher = { '@id': `${options.homepage}#penerbit`, '@type': 'foaf:Organization', 'foaf:name': officeFullName(office) };
  const license = { '@id': LICENSE_URL };
  return {
    '@context': CONTEXT,
    '@id': options.dataUrl('catalog.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': `Katalog Indikator Kinerja ${officeShortName(office)}`,
    'dct:description': `Data terbuka indikator kinerja ${officeFullName(office)}.`,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/IND' },
    'foaf:homepage': { '@id': options.homepage },
    'dct:publisher': publisher,
    'dct:license': license,
    'dct:modified': modified,
    'dcat:dataset': DCAT_DATASETS.map((d) => ({
      '@id': `${options.homepage}#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': d.title,
      'dct:description': d.description,
      'dcat:keyword': [...d.keywords, officeShortName(office), office.wilayah],
      'dct:publisher': publisher,
      'dct:license': license,
      'dct:modified': modified,
      'dcat:landingPage': { '@id': options.homepage },
      'dcat:distribution': d.files.map((name) => {
        const file = files[name];
        return {
          '@id': options.dataUrl(name),
          '@type': 'dcat:Distribution',
          'dct:title': name,
          'dcat:accessURL': { '@id': options.dataUrl(name) },
          'dcat:downloadURL': { '@id': options.dataUrl(name) },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.mediatype}` },
          'dct:format': FORMAT[file.mediatype] ?? 'XLSX',
          'dct:license': license,
          'dct:modified': modified,
          'dcat:byteSize': { '@value': String(file.bytes.byteLength), '@type': 'xsd:nonNegativeInteger' },
          'spdx:checksum': {
            '@type': 'spdx:Checksum',
            'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
            'spdx:checksumValue': file.hash.replace(/^sha256:/, ''),
          },
        };
      }),
    })),
  };
}
