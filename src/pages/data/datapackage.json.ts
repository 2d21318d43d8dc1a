import type { APIRoute } from 'astro';
import { dataPackage } from '../../catalogue/open-data';
import { withBase } from '../../catalogue/paths';
import { capaianResource } from '../../catalogue/measurement-open-data';

const withCapaian = (pkg: ReturnType<typeof dataPackage>) => ({ ...pkg, resources: [...pkg.resources, capaianResource()] });

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(
      withCapaian(dataPackage({
        title: 'Katalog Indikator Kinerja DPMPTSPTK Kabupaten Balangan',
        description:
          'Indikator Kinerja Utama dan Indikator Kinerja menurut Keputusan Kepala Dinas Nomor 188.46/069/SK/DPMPSTPTTK/2023, satu baris per indikator.',
        homepage: new URL(withBase('data/'), site).href,
        version: '2023.1',
      })),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
