/**
 * The little every page needs: the theme toggle (remembered in localStorage), the "/" key that
 * focuses the search box, the search box's own script on its first focus, and print buttons.
 * Controls that need this script stay hidden without it.
 */
const THEME_KEY = 'katalog-tema';
const root = document.documentElement;

function effectiveTheme(): 'light' | 'dark' {
  const chosen = root.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const sync = () => toggle.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
  toggle.hidden = false;
  sync();
  toggle.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.onclick = () => print();
}

// The header search's combobox (src/components/search/site-search.ts), and with it Pagefind, loads
// on the box's first focus, not with the page: every page has the box, and an indicator page's
// 18 KB of JavaScript has no room for it.
const searchForm = document.querySelector<HTMLFormElement>('[data-site-search]');
searchForm?.querySelector('input[type=search]')?.addEventListener(
  'focus',
  () => void import('../components/search/site-search').then(({ startSiteSearch }) => startSiteSearch(searchForm)),
  { once: true },
);
