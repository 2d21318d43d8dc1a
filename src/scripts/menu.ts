/**
 * The menu button of narrow screens: a disclosure (WAI-ARIA APG, "Disclosure Navigation Menu") whose
 * aria-expanded shows or hides the panel with the navigation and the theme toggle. The stylesheet
 * folds the panel only on narrow screens and only on pages with the `js` class (set before the first
 * paint by theme-init.js), so without this script the links stay in view.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');

if (button && panel) {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));

  button.addEventListener('click', () => setOpen(!isOpen()));

  // Escape closes the menu from the button or from inside it, and puts focus back on the button.
  for (const element of [button, panel]) {
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !isOpen()) return;
      setOpen(false);
      button.focus();
    });
  }
}
