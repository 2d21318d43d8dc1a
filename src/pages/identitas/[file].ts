import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../catalogue/site-data';
import { identityFiles, type IdentityFile } from '../../theme/identity';

/** The office's logo and the icons made from it (see src/theme/identity.ts). */
export const getStaticPaths = (() =>
  identityFiles(catalogue.office).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: IdentityFile }> = async ({ props }) =>
  new Response(new Uint8Array(await props.file.body()), { headers: { 'Content-Type': props.file.type } });
