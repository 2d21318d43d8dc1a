import type { APIRoute } from 'astro';
import { catalogueRecords } from '../../catalogue/records';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await catalogueRecords(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
