import type { APIRoute } from 'astro';
import { dataDate } from '../../catalogue/data-date';
import { dcatCatalog } from '../../catalogue/dcat';
import { loadCatalogue } from '../../catalogue/load';
import { withBase } from '../../catalogue/paths';

export const GET: APIRoute = async ({ site }) => {
  const { office, decree } = await loadCatalogue();
  const catalog = await dcatCatalog({
    office,
    homepage: new URL(withBase('data/'), site).href,
    dataUrl: (file) => new URL(withBase(`data/${file}`), site).href,
    modified: dataDate(decree.data.tanggal),
  });
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
