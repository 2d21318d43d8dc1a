import type { APIRoute } from 'astro';
import { catalogueRecords } from '../../catalogue/records';
import { toCsv } from '../../catalogue/open-data';

export const GET: APIRoute = async () =>
  new Response(toCsv(await catalogueRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
