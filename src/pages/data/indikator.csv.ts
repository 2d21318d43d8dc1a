import type { APIRoute } from 'astro';
import { records } from '../../catalogue/site-data';
import { toCsv } from '../../catalogue/open-data';

export const GET: APIRoute = () =>
  new Response(toCsv(records), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
