// Applies the reader's saved theme before the page paints (the toggle lives in src/scripts/site.ts).
// Inlined in every page's <head> by src/layouts/Base.astro, so it costs no request; the Content
// Security Policy allows it by its hash (astro.config.mjs).
document.documentElement.classList.add('js');
try {
  var saved = localStorage.getItem('katalog-tema');
  if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
} catch (e) {}
