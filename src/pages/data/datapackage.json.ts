import type { APIRoute } from 'astro';
import { dataPackage } from '../../catalogue/open-data';
import { withBase } from '../../catalogue/paths';
import { capaianResource } from '../../catalogue/measurement-open-data';
import { catalogue } from '../../catalogue/site-data';
import { catalogueId, decreeKind, officeShortName } from '../../catalogue/office';

const withCapaian = (pkg: ReturnType<typeof dataPackage>) => ({ ...pkg, resources: [...pkg.resources, capaianResource()] });

export const GET: APIRoute = ({ site }) => {
  const { office, decree } = catalogue;
  return new Response(
    JSON.stringify(
      withCapaian(dataPackage({
        name: catalogueId(office),
        title: `Katalog Indikator Kinerja ${officeShortName(office)}`,
        description: `Indikator Kinerja Utama dan Indikator Kinerja menurut ${decreeKind(office)} Nomor ${office.nomorKeputusan}, satu baris per indikator.`,
        homepage: new URL(withBase('data/'), site).href,
        // The decree's year, then the edition of the data made from it.
        version: `${decree.data.tanggal.slice(0, 4)}.1`,
      })),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
