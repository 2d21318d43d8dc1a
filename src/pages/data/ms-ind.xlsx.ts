import type { APIRoute } from 'astro';
import { catalogue } from '../../catalogue/site-data';
import { catalogueMsInd, msIndWorkbook } from '../../catalogue/ms-ind-files';
import { XLSX_MEDIATYPE } from '../../catalogue/ms-ind';

// Written once at build time: exceljs runs here and never reaches the browser.
export const GET: APIRoute = async () => {
  return new Response(await msIndWorkbook(catalogueMsInd(catalogue), catalogue.office), {
    headers: { 'Content-Type': XLSX_MEDIATYPE },
  });
};
