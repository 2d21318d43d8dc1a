import type { APIRoute } from 'astro';
import { catalogue, identity } from '../catalogue/site-data';
import { SITE_NAME, officeShortName } from '../catalogue/office';
import { withBase } from '../catalogue/paths';
import { DEFAULT_ACCENT } from '../theme/palette';

/** The web app manifest: the site installs on a phone's home screen under the office's names. */
export const GET: APIRoute = () => {
  const { office } = catalogue;
  const manifest = {
    name: `${SITE_NAME} ${officeShortName(office)}`,
    short_name: office.singkatan,
    description: `Rujukan indikator kinerja ${officeShortName(office)}: definisi, rumus, kalkulator dan capaian.`,
    lang: 'id',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: (office.warnaAksen ?? DEFAULT_ACCENT).terang,
    icons: identity.appIcons.map(({ src, size }) => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
