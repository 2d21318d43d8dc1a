// Applies the reader's saved theme before the page paints (the toggle lives in src/scripts/site.ts).
try {
  var saved = localStorage.getItem('katalog-tema');
  if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
} catch (e) {}
