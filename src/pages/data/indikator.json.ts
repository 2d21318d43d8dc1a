import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../catalogue/open-data-files';
import { dataFiles } from '../../catalogue/site-data';

export const GET: APIRoute = () => dataFileResponse(dataFiles['indikator.json']);
