import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueRecords } from '../../../catalogue/records';
import type { OpenDataRecord } from '../../../catalogue/open-data';
import { loadMeasurements } from '../../../catalogue/measurement';
import { capaianRecords, toJsonValues } from '../../../catalogue/measurement-open-data';

export const getStaticPaths = (async () =>
  (await catalogueRecords()).map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: OpenDataRecord }> = async ({ props }) =>
  new Response(JSON.stringify({ ...props.record, capaian: toJsonValues(capaianRecords(await loadMeasurements(), props.record.id)) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
