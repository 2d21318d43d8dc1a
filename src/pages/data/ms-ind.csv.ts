import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/site-data';
import { catalogueMsInd, msIndCsv } from '../../catalogue/ms-ind-files';

export const GET: APIRoute = () =>
  new Response(msIndCsv(catalogueMsInd(catalogue)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
