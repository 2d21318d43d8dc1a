/**
 * An office's accent colour, one per theme: checked against WCAG 2.1 AA before the site is built
 * with it, and written as the CSS custom properties that the stylesheet reads.
 */
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast';
import { THEME_BACKGROUNDS, THEME_LABEL, type ThemeName } from './palette';

export type AccentColours = Record<ThemeName, string>;

/** The reasons, in Indonesian, why a colour cannot be the accent of a theme; empty when it can. */
export function accentProblems(theme: ThemeName, colour: string): string[] {
  return Object.entries(THEME_BACKGROUNDS[theme]).flatMap(([token, background]) => {
    const ratio = contrastRatio(colour, background);
    return ratio >= AA_TEXT_CONTRAST
      ? []
      : [
          `Warna aksen ${colour} untuk ${THEME_LABEL[theme]} hanya berkontras ${ratio.toFixed(2).replace('.', ',')}:1 ` +
            `dengan ${background} (${token}); WCAG 2.1 AA meminta paling sedikit 4,5:1.`,
        ];
  });
}

/**
 * The stylesheet rules that put the accent colours in place of the default ones. Each selector is
 * global.css's own with `html` before it: one element more, so it wins wherever the page puts it.
 */
export function accentStylesheet({ terang, gelap }: AccentColours): string {
  return [
    `html:root{--color-accent:${terang}}`,
    `@media (prefers-color-scheme:dark){html:root:not([data-theme='light']){--color-accent:${gelap}}}`,
    `html:root[data-theme='dark']{--color-accent:${gelap}}`,
  ].join('');
}
