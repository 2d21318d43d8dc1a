/**
 * The menu button of narrow screens: a disclosure (WAI-ARIA APG, "Disclosure Navigation Menu") whose
 * aria-expanded shows or hides the panel that follows it, with the navigation and the theme toggle.
 * The stylesheet folds the panel only on narrow screens and only on pages with the `js` class (set
 * before the first paint by theme-init.js), so without this script the links stay in view. Handlers
 * are set as properties, the shortest form, as every indicator page pays for these bytes.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const panel = button?.nextElementSibling as HTMLElement | null | undefined;

if (button && panel) {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));

  button.onclick = () => setOpen(!isOpen());
  // Escape closes the menu from the button or from inside it, and puts focus back on the button.
  button.onkeydown = panel.onkeydown = (event) => {
    if (event.key === 'Escape' && isOpen()) {
      setOpen(false);
      button.focus();
    }
  };
}
