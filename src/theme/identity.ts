/**
 * The office's identity as the pages and the web app show it: its logo (or, without one, the site's
 * own icon) in the header, as favicon, web-app icons and Open Graph image, and its accent colours.
 * The images are made at build time with sharp from the one file the office provides
 * (`logo` in content/kantor/), and served by `src/pages/identitas/[file].ts`.
 *
 * sharp rather than Astro's image service: the service never enlarges a source beyond its own size,
 * so a small SVG logo could not become a 512 px app icon; sharp rasterises SVG at any density.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import siteIconSvg from '../assets/ikon-situs.svg?raw';
import type { Office } from '../catalogue/load';
import { contentDir } from '../catalogue/content-dir';
import { withBase } from '../catalogue/paths';
import { createHash } from 'node:crypto';
import { accentStylesheet } from './accent';

/** Square PNG sizes that installable web apps need (Chromium asks for 192 and 512). */
export const APP_ICON_SIZES = [192, 512] as const;

/** The header shows the logo this tall, in CSS pixels (2.5rem). */
const LOGO_HEIGHT = 40;

/** The site's own icon, for an office without a logo. */
const SITE_ICON = { svg: true, bytes: () => Buffer.from(siteIconSvg) };

/** An image file: the office's logo, or the site's icon. */
interface Source {
  svg: boolean;
  bytes: () => Buffer;
}

const fileSource = (path: string): Source => ({ svg: extname(path) === '.svg', bytes: () => readFileSync(path) });

/** Where the office's logo file is: beside its record in content/kantor/. */
export function logoPath(office: Office): string | undefined {
  return office.logo && join(contentDir, 'kantor', office.logo);
}

/** A file of the identity, as `src/pages/identitas/[file].ts` serves it. */
export interface IdentityFile {
  name: string;
  type: string;
  body: () => Promise<Buffer>;
}

function squareIcon(source: Source, size: number) {
  // Density high enough that an SVG is drawn at the icon's size, not scaled up from a small raster.
  const options = source.svg ? { density: 72 * 16 } : {};
  return sharp(source.bytes(), options).resize(size, size, { fit: 'contain', background: '#ffffff' }).png().toBuffer();
}

/** Every identity file the site publishes, for the office. */
export function identityFiles(office: Office): IdentityFile[] {
  const logo = logoPath(office);
  const iconSource = logo ? fileSource(logo) : SITE_ICON;
  const files: IdentityFile[] = APP_ICON_SIZES.map((size) => ({
    name: `ikon-${size}.png`,
    type: 'image/png',
    body: () => squareIcon(iconSource, size),
  }));
  if (iconSource.svg) {
    files.push({ name: 'ikon.svg', type: 'image/svg+xml', body: async () => iconSource.bytes() });
  }
  if (logo) {
    const svg = extname(logo) === '.svg';
    files.push({
      name: svg ? 'logo.svg' : 'logo.png',
      type: svg ? 'image/svg+xml' : 'image/png',
      body: async () => (svg ? readFileSync(logo) : sharp(logo).resize({ height: LOGO_HEIGHT * 2 }).png().toBuffer()),
    });
  }
  return files;
}

export interface Identity {
  /** The office's logo for the header; absent when the office gave none. */
  logo?: { src: string; width: number; height: number };
  /** The browser tab's icon. */
  favicon: { href: string; type: string };
  /** Square PNG icons for the web app manifest. */
  appIcons: { src: string; size: number }[];
  /** The accent stylesheet when the office gave colours, inlined in every page, with its CSP hash. */
  accent?: { css: string; hash: `sha256-${string}` };
}

/** A stylesheet to inline, with the hash that allows it. */
function inlineStyle(css: string) {
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` as const };
}

/** The addresses and sizes the pages use for the identity files (read once per build by src/catalogue/site-data.ts). */
export async function officeIdentity(office: Office): Promise<Identity> {
  const logo = logoPath(office);
  const file = (name: string) => withBase(`identitas/${name}`);
  let header: Identity['logo'] | undefined;
  if (logo) {
    const { width = 1, height = 1 } = await sharp(logo).metadata();
    header = {
      src: file(extname(logo) === '.svg' ? 'logo.svg' : 'logo.png'),
      width: Math.round((width / height) * LOGO_HEIGHT),
      height: LOGO_HEIGHT,
    };
  }
  const svgIcon = logo ? fileSource(logo).svg : SITE_ICON.svg;
  return {
    ...(header && { logo: header }),
    favicon: svgIcon ? { href: file('ikon.svg'), type: 'image/svg+xml' } : { href: file('ikon-192.png'), type: 'image/png' },
    appIcons: APP_ICON_SIZES.map((size) => ({ src: file(`ikon-${size}.png`), size })),
    ...(office.warnaAksen && { accent: inlineStyle(accentStylesheet(office.warnaAksen)) }),
  };
}
