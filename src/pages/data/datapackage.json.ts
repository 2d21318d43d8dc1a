import type { APIRoute } from 'astro';
import { fullDataPackage } from '../../catalogue/data-package';
import { withBase } from '../../catalogue/paths';
import { catalogue, dataFiles } from '../../catalogue/site-data';
import { catalogueId, decreeKind, officeShortName } from '../../catalogue/office';

export const GET: APIRoute = ({ site }) => {
  const { office, decree } = catalogue;
  const pkg = fullDataPackage({
    name: catalogueId(office),
    title: `Katalog Indikator Kinerja ${officeShortName(office)}`,
    description: `Indikator Kinerja Utama dan Indikator Kinerja menurut ${decreeKind(office)} Nomor ${office.nomorKeputusan}, satu baris per indikator.`,
    homepage: new URL(withBase('data/'), site).href,
    // The decree's year, then the edition of the data made from it.
    version: `${decree.data.tanggal.slice(0, 4)}.1`,
  }, dataFiles);
  return new Response(JSON.stringify(pkg, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
