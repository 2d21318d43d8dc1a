import type { APIRoute, GetStaticPaths } from 'astro';
import { measurements, records } from '../../../catalogue/site-data';
import type { OpenDataRecord } from '../../../catalogue/open-data';
import { capaianRecords, toJsonValues } from '../../../catalogue/measurement-open-data';

export const getStaticPaths = (() => records.map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: OpenDataRecord }> = ({ props }) =>
  new Response(JSON.stringify({ ...props.record, capaian: toJsonValues(capaianRecords(measurements, props.record.id)) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
