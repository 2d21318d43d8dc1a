/**
 * The colours an office's accent colour is drawn on, per theme. They are the values of
 * `--color-bg`, `--color-surface` and `--color-accent-text` in src/styles/global.css (a test checks
 * that the two agree). An accent is used for links on the page and the surface, and as the
 * background of buttons under `--color-accent-text`.
 */
export const THEME_BACKGROUNDS = {
  terang: { '--color-bg': '#ffffff', '--color-surface': '#f4f6f8', '--color-accent-text': '#ffffff' },
  gelap: { '--color-bg': '#121417', '--color-surface': '#1d2126', '--color-accent-text': '#0b1a2a' },
} as const;

export type ThemeName = keyof typeof THEME_BACKGROUNDS;

export const THEME_LABEL: Record<ThemeName, string> = { terang: 'tema terang', gelap: 'tema gelap' };

/** The site's own accent colours (`--color-accent`), used when the office gives none. */
export const DEFAULT_ACCENT = { terang: '#0b5cad', gelap: '#8cc4ff' } as const;
