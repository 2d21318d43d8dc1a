import type { APIRoute } from 'astro';
import { loadMeasurements } from '../../catalogue/measurement';
import { capaianRecords, toJsonValues } from '../../catalogue/measurement-open-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toJsonValues(capaianRecords(await loadMeasurements())), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
