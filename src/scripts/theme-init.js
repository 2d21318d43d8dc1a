document.documentElement.classList.add('js');
try {
  var saved = localStorage.getItem('katalog-tema');
  if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
} catch {}
