import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../catalogue/open-data-files';

export const GET: APIRoute = () => dataFileResponse('ms-ind.csv');
