import type { APIRoute } from 'astro';
import { loadMeasurements } from '../../catalogue/measurement';
import { capaianCsv, capaianRecords } from '../../catalogue/measurement-open-data';

export const GET: APIRoute = async () =>
  new Response(capaianCsv(capaianRecords(await loadMeasurements())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
