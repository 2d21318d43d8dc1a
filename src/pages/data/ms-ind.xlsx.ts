import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../catalogue/load';
import { catalogueMsInd, msIndWorkbook } from '../../catalogue/ms-ind-files';
import { XLSX_MEDIATYPE } from '../../catalogue/ms-ind';

// Written once at build time: exceljs runs here and never reaches the browser.
export const GET: APIRoute = async () => {
  const catalogue = await loadCatalogue();
  return new Response(await msIndWorkbook(catalogueMsInd(catalogue), catalogue.office), {
    headers: { 'Content-Type': XLSX_MEDIATYPE },
  });
};
