import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue/load';
import { catalogueMsInd, msIndCsv } from '../../catalogue/ms-ind-files';

export const GET: APIRoute = async () =>
  new Response(msIndCsv(catalogueMsInd(await loadCatalogue())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
