/**
 * Registers the service worker of the production build (src/integrations/service-worker.ts), and
 * says in one quiet line when a new version of the site has taken over. ./UpdateNotice.astro
 * calls it once the page has loaded, and only in a production build (not under `astro dev`).
 *
 * Hand-written rather than with workbox-window: every page loads it, and the few lines below are all
 * the page needs of that library.
 */
export function registerServiceWorker(): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice || !('serviceWorker' in navigator)) return;
  // A page that was already under a worker when it loaded sees a change of worker only when a new
  // build has been installed; a first visit (no worker yet) is not an update.
  const updating = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) notice.hidden = false;
  });
  notice.querySelector('button')?.addEventListener('click', () => location.reload());
  navigator.serviceWorker.register(notice.dataset['updateNotice']!).catch(() => {
    // No worker (a private window, a browser setting): the site simply works online only.
  });
}

