import type { APIRoute, GetStaticPaths } from 'astro';
import { measurements, records, versions } from '../../../catalogue/site-data';
import type { OpenDataRecord } from '../../../catalogue/open-data';
import type { VersionRecord } from '../../../catalogue/records';
import { capaianRecords, toJsonValues } from '../../../catalogue/measurement-open-data';

export const getStaticPaths = (() =>
  records.map((record) => ({ params: { id: record.id }, props: { record, versi: versions.get(record.id)! } }))) satisfies GetStaticPaths;

/** The indicator's record, its versions (one per decree that set it, oldest first) and its figures. */
export const GET: APIRoute<{ record: OpenDataRecord; versi: VersionRecord[] }> = ({ props }) =>
  new Response(JSON.stringify({ ...props.record, versi: props.versi, capaian: toJsonValues(capaianRecords(measurements, props.record.id)) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
