import type { APIRoute } from 'astro';
import { records } from '../../catalogue/site-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(records, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
