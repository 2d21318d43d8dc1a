import type { APIRoute } from 'astro';
import { measurements } from '../../catalogue/site-data';
import { capaianCsv, capaianRecords } from '../../catalogue/measurement-open-data';

export const GET: APIRoute = () =>
  new Response(capaianCsv(capaianRecords(measurements)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
