import type { APIRoute } from 'astro';
import { measurements } from '../../catalogue/site-data';
import { capaianRecords, toJsonValues } from '../../catalogue/measurement-open-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toJsonValues(capaianRecords(measurements)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
