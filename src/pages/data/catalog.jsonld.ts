import type { APIRoute } from 'astro';
import { dataDate } from '../../catalogue/data-date';
import { dcatCatalog } from '../../catalogue/dcat';
import { withBase } from '../../catalogue/paths';
import { catalogue, dataFiles } from '../../catalogue/site-data';

export const GET: APIRoute = ({ site }) => {
  const { office, decree } = catalogue;
  const catalog = dcatCatalog({
    office,
    homepage: new URL(withBase('data/'), site).href,
    dataUrl: (file) => new URL(withBase(`data/${file}`), site).href,
    modified: dataDate(decree.data.tanggal),
  }, dataFiles);
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
